package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;

/**
 * Which complaints a figure counts; a null filter counts all. Merchant, courier and agent match exactly (ids as the
 * desk stores them), desk is one of the desks that own complaints.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Filters(Category category, Channel channel, String merchant, String courier, String desk, String agent) {
}
