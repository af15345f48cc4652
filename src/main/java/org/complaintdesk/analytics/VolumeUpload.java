package org.complaintdesk.analytics;

/**
 * The answer to {@code POST /api/analytics/courier-volumes} when every row was good: how many monthly figures were
 * stored, of which how many replaced an earlier upload of the same courier and month. A file with a bad row is
 * refused as a whole (400 naming every bad line).
 */
record VolumeUpload(int stored, int replaced) {
}
