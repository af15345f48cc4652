package org.complaintdesk.classification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ClassificationSource;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.system.EnumValues;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a complaint's category: the channel's hint when it gave one, else the text classifier; below the
 * configured confidence a person decides in triage. A safety hazard is flagged whatever decides. Also counts
 * the customer's earlier complaints within the repeat window, which the grading weighs.
 */
@Service
class ComplaintClassification {

    private static final Logger log = LoggerFactory.getLogger(ComplaintClassification.class);

    private final ComplaintRepository complaints;
    private final TextClassifier classifier;
    private final CaseEvents events;
    private final double minConfidence;

    ComplaintClassification(ComplaintRepository complaints, TextClassifier classifier, CaseEvents events,
                            @Value("${complaint-desk.classification.min-confidence}") double minConfidence) {
        this.complaints = complaints;
        this.classifier = classifier;
        this.events = events;
        this.minConfidence = minConfidence;
    }

    /**
     * @param repeatWindow from the case-limits table: earlier complaints of the same customer received within
     *                     it count as repeats (an input of the grading)
     */
    @Transactional
    Classified classify(String complaintNo, Duration repeatWindow) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        TextClassifier.Result result = classifier.classify(complaint.getDescription());
        Category category;
        double confidence;
        ClassificationSource source;
        if (complaint.getCategoryHint() != null) {
            category = complaint.getCategoryHint();
            confidence = 1.0;
            source = ClassificationSource.CHANNEL_HINT;
        } else {
            category = result.category();
            confidence = result.confidence();
            source = ClassificationSource.CLASSIFIER;
        }
        boolean confident = confidence >= minConfidence;
        complaint.classified(category, source, confidence, result.safetyHazard());
        if (!confident) {
            complaint.inTriage();
        }
        events.record(complaint, CaseStep.CLASSIFIED, CaseEvents.SYSTEM, category + " by " + source + ", confidence "
                + confidence + (result.safetyHazard() ? ", safety hazard" : "") + (confident ? "" : ", to triage"));
        log.info("Complaint {} classified {} ({} {}){}", complaintNo, category, source, confidence,
                result.safetyHazard() ? ", SAFETY HAZARD" : "");
        long repeats = complaints.countEarlier(complaint.getCustomer().getId(),
                complaint.getReceivedAt().minus(repeatWindow), complaint.getId());
        return new Classified(category, confidence, confident, complaint.isSafetyHazard(), Math.toIntExact(repeats));
    }

    /**
     * What grading and routing go on.
     *
     * @param confident whether the classification may be trusted; if not, a person triages the complaint
     * @param repeatComplaints the customer's other complaints within the repeat-complaint window
     */
    record Classified(Category category, double confidence, boolean confident, boolean safetyHazard,
                      int repeatComplaints) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.CATEGORY, category.name(), Var.CLASSIFICATION_CONFIDENCE, confidence,
                    Var.CLASSIFICATION_CONFIDENT, confident, Var.SAFETY_HAZARD, safetyHazard,
                    Var.REPEAT_COMPLAINTS, repeatComplaints);
        }
    }

    /** Triage decided: checks the person's choice and records it. */
    @Transactional
    void triaged(String complaintNo, Object category, Object severity, String person) {
        List<FieldViolation> violations = new ArrayList<>();
        Category chosen = EnumValues.parse(Category.class, category, Var.CATEGORY, true, violations);
        EnumValues.parse(Severity.class, severity, Var.TRIAGE_SEVERITY, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.classified(chosen, ClassificationSource.TRIAGE, 1.0, false);
        events.record(complaint, CaseStep.TRIAGED, person, chosen + ", severity " + severity);
    }
}
