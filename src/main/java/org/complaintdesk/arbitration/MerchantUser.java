package org.complaintdesk.arbitration;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A Camunda user of group {@code merchants} and the merchant it acts for. */
@Entity
@Table(name = "merchant_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MerchantUser {

    @Id
    private String userId;

    private String merchantId;

    public MerchantUser(String userId, String merchantId) {
        this.userId = userId;
        this.merchantId = merchantId;
    }
}
