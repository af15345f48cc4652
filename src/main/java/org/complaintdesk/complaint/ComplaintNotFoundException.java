package org.complaintdesk.complaint;

/** No complaint with that number, or none the caller may see: both answer 404 alike. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(String complaintNo) {
        super("No complaint " + complaintNo);
    }
}
