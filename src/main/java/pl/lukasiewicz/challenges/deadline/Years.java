package pl.lukasiewicz.challenges.deadline;

/**
 * The years a holiday applies in, both ends included; an open end is written as the smallest
 * or largest year.
 */
record Years(int first, int last) {

    static final Years ALWAYS = new Years(Integer.MIN_VALUE, Integer.MAX_VALUE);

    boolean contains(int year) {
        return first <= year && year <= last;
    }

    boolean overlap(Years other) {
        return first <= other.last && other.first <= last;
    }
}
