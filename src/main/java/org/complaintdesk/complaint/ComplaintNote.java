package org.complaintdesk.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Something added to a case: by the customer, by the desk, or a joined complaint. */
@Entity
@Table(name = "complaint_note")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    @Enumerated(EnumType.STRING)
    private NoteKind kind;

    /** With {@link #externalId}: the channel message this note came from, recorded once. */
    private String channel;

    private String externalId;

    private String author;

    private String text;

    private Instant createdAt;

    public ComplaintNote(Long complaintId, NoteKind kind, String channel, String externalId, String author,
                         String text, Instant createdAt) {
        this.complaintId = complaintId;
        this.kind = kind;
        this.channel = channel;
        this.externalId = externalId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }
}
