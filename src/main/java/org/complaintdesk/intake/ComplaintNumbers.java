package org.complaintdesk.intake;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.ZoneId;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Complaint numbers such as {@code CP-2026-000123}: the year of receipt and a database sequence. */
@Component
class ComplaintNumbers {

    private final JdbcTemplate jdbc;
    private final String nextValueSql;
    private final Clock clock;
    private final ZoneId zone;

    ComplaintNumbers(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, Clock clock,
                     @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.jdbc = jdbc;
        // the dialect knows how this database spells "next value of a sequence"
        this.nextValueSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("complaint_no_seq");
        this.clock = clock;
        this.zone = zone;
    }

    String next() {
        Long sequence = jdbc.queryForObject(nextValueSql, Long.class);
        return "CP-%d-%06d".formatted(clock.instant().atZone(zone).getYear(), sequence);
    }
}
