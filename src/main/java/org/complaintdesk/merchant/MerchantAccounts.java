package org.complaintdesk.merchant;

import org.complaintdesk.arbitration.MerchantUserRepository;
import org.complaintdesk.arbitration.MerchantUser;
import org.complaintdesk.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Which merchant a merchant user acts for (the links administrators keep through {@code /api/merchants}). */
@Component
class MerchantAccounts {

    private final MerchantUserRepository merchantUsers;

    MerchantAccounts(MerchantUserRepository merchantUsers) {
        this.merchantUsers = merchantUsers;
    }

    /** @throws ApiProblem 403 when the user is linked to no merchant */
    String merchantOf(Authentication user) {
        return merchantUsers.findById(user.getName()).map(MerchantUser::getMerchantId)
                .orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN, "not-a-merchant-user", "Forbidden",
                        "Your user is linked to no merchant; an administrator links it."));
    }
}
