package org.complaintdesk.arbitration;

import java.util.List;
import org.complaintdesk.negotiation.RemedyOffer;
import org.complaintdesk.process.FormText;
import org.complaintdesk.system.DeskPages;

/**
 * The arbitrator's reading in the task form, as Markdown (Tasklist forms show text with variables):
 * the offers and answers so far, and every evidence item with a download link that opens in the arbitrator's
 * Tasklist session ({@code /desk/cases/{no}/evidence/{id}}, see {@link EvidencePages}). What the parties wrote (file
 * names, notes, comments) is escaped: it shows as the text it is, never as a link or markup.
 */
final class ArbitrationBriefs {

    /** Camunda keeps string variables up to 4,000 characters. */
    private static final int LIMIT = 3_900;

    static String evidenceList(String complaintNo, List<Evidence> items) {
        if (items.isEmpty()) {
            return "_No evidence was submitted._";
        }
        StringBuilder list = new StringBuilder();
        for (Evidence e : items) {
            String line = "- **" + e.getParty() + "** [" + FormText.markdown(e.getFileName()) + "](" + DeskPages.PATH
                    + "/cases/" + complaintNo + "/evidence/" + e.getId() + ") · " + e.getMediaType() + " · " + e.getSizeBytes()
                    + " bytes · sha256 " + e.getSha256().substring(0, 12) + "…"
                    + (e.getNote() == null ? "" : " — " + FormText.markdown(e.getNote())) + "\n";
            if (list.length() + line.length() > LIMIT) {
                list.append("- … more in [the case file](").append(DeskPages.PATH).append("/cases/").append(complaintNo)
                        .append(")\n");
                break;
            }
            list.append(line);
        }
        return list.toString();
    }

    static String negotiation(List<RemedyOffer> offers) {
        if (offers.isEmpty()) {
            return "_No offers were made._";
        }
        StringBuilder text = new StringBuilder();
        for (RemedyOffer o : offers) {
            String line = "- Offer " + o.getRound() + ": **" + o.getRemedy() + "**"
                    + (o.getAmount() == null ? "" : " " + o.getAmount() + " " + o.getCurrency())
                    + (o.getReason() == null ? "" : " (" + FormText.markdown(o.getReason()) + ")")
                    + " → " + o.getStatus()
                    + (o.getCustomerComment() == null ? "" : ": “" + FormText.markdown(o.getCustomerComment()) + "”")
                    + "\n";
            if (text.length() + line.length() > LIMIT) {
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    private ArbitrationBriefs() {
    }
}
