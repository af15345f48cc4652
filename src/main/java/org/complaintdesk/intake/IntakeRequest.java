package org.complaintdesk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Demand;

/**
 * A complaint as a channel delivers it. Enumerations arrive as strings and are checked by
 * {@link OneOf}, so one answer names every bad field at once. Cross-field rules live in
 * {@link IntakeValidation}.
 */
public record IntakeRequest(
        @NotNull @OneOf(Channel.class) String channel,
        @NotBlank @Size(max = 200) @Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters")
        String externalId,
        @NotNull @Valid CustomerData customer,
        @Valid OrderData order,
        @OneOf(Category.class) String category,
        @NotBlank @Size(max = 10_000) String description,
        @Size(max = 6) List<@NotNull @OneOf(Demand.class) String> demands,
        OffsetDateTime occurredAt) {

    public record CustomerData(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9][0-9 ()\\-]{4,30}", message = "must be a phone number like +86 138 0013 8000")
            String phone,
            @NotNull @Pattern(regexp = "(?i)zh-CN|zh-TW|en", message = "must be one of zh-CN, zh-TW, en")
            String locale,
            Boolean vip) {

        public boolean isVip() {
            return Boolean.TRUE.equals(vip);
        }
    }

    public record OrderData(
            @NotBlank @Size(max = 64) String orderNo,
            @Size(max = 64) String merchantId,
            @Size(max = 200) String merchantName,
            @Size(max = 500) String productName,
            @PositiveOrZero @DecimalMax("999999999.99") BigDecimal amountPaid,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 currency code such as CNY")
            String currency,
            @Size(max = 100) String courier,
            @Size(max = 100) String trackingNo,
            OffsetDateTime paidAt) {
    }
}
