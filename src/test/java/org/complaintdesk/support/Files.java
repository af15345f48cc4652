package org.complaintdesk.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small real files whose type can be told from their bytes. */
public final class Files {

    /** A 1×1 pixel PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** A minimal PDF document. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A Windows executable's header: never accepted as evidence. */
    public static final byte[] EXE = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF,
            0, 0, (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 'P', 'E', 0, 0};

    private Files() {
    }
}
