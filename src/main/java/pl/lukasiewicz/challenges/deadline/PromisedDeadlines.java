package pl.lukasiewicz.challenges.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadlines the network promises, on the holiday calendar: the answer is due 15 working
 * days, or 7 days, after the request; the host is reminded a few working days before.
 */
@ApplicationScoped
public class PromisedDeadlines {

    /** When an answer is due, and from when the host is reminded. */
    public record Deadline(ZonedDateTime received, String kind, ZonedDateTime dueBefore,
            ZonedDateTime remindFrom) {
    }

    private final DeadlineCalendar calendar;
    private final int reminderWorkingDays;
    private final Optional<Duration> answerPeriod;

    PromisedDeadlines(
            @ConfigProperty(name = "challenges.calendar.extra-files")
            Optional<List<String>> extraFiles,
            @ConfigProperty(name = "challenges.deadlines.reminder-working-days")
            int reminderWorkingDays,
            @ConfigProperty(name = "challenges.deadlines.answer-period")
            Optional<Duration> answerPeriod) {
        this.reminderWorkingDays = reminderWorkingDays;
        this.answerPeriod = answerPeriod;
        this.calendar = new DeadlineCalendar(HolidayCalendar.packagedWith(
                extraFiles.orElse(List.of()).stream().map(Path::of).toList()));
    }

    /** The deadline of a kind decided by the challenge-routing table. */
    public Deadline forRequest(ZonedDateTime received, String kind) {
        ZonedDateTime due = switch (kind) {
            case "15_WORKING_DAYS" -> calendar.addWorkingDays(received, 15);
            case "7_DAYS" -> calendar.addCalendarDays(received, 7);
            default -> throw new IllegalArgumentException("Unknown deadline kind " + kind);
        };
        return new Deadline(received, kind, due,
                calendar.reminderBefore(due, reminderWorkingDays));
    }

    /**
     * The deadline of a challenge published now. A training or test installation may set
     * {@code challenges.deadlines.answer-period} (an ISO duration such as PT2M): answers are
     * then due that long after publication, and the host is reminded at half of it.
     */
    public Deadline forPublication(ZonedDateTime received, String kind, ZonedDateTime now) {
        if (answerPeriod.isPresent()) {
            Duration period = answerPeriod.get();
            return new Deadline(received, kind, now.plus(period), now.plus(period.dividedBy(2)));
        }
        return forRequest(received, kind);
    }
}
