package org.complaintdesk.complaint;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
