package org.complaintdesk.arbitration;

import java.util.Set;

/** What evidence files may be. */
final class EvidenceRules {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES_PER_PARTY = 20;
    static final int MAX_NOTE = 1_000;

    /** Media types detected from the bytes that are accepted: photos, PDF documents, plain text, video. */
    static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "image/heif", "application/pdf", "text/plain", "video/mp4", "video/quicktime");

    /** What the warehouse attaches from the case file page: photos only. */
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "image/heif");

    private EvidenceRules() {
    }
}
