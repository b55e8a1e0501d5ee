package pl.lukasiewicz.challenges.deadline;

import java.time.LocalDate;

/** A day off by statute or by a one-off act, with its Polish name. */
public record Holiday(LocalDate date, String name) {
}
