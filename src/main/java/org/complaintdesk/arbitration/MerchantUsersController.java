package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.IdentityService;
import org.complaintdesk.system.DeskGroups;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators link a Camunda user of group {@code merchants} to the merchant it acts for:
 * {@code PUT /api/merchants/{merchantId}/users/{userId}} and {@code DELETE} the same to unlink.
 */
@RestController
class MerchantUsersController {

    private final MerchantUserRepository merchantUsers;
    private final IdentityService identityService;

    MerchantUsersController(MerchantUserRepository merchantUsers, IdentityService identityService) {
        this.merchantUsers = merchantUsers;
        this.identityService = identityService;
    }

    record Link(String userId, String merchantId) {
    }

    @PutMapping("/api/merchants/{merchantId}/users/{userId}")
    @Transactional
    Link link(@PathVariable String merchantId, @PathVariable String userId) {
        if (!merchantId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequestException("merchantId", "must be 1 to 64 letters, digits, - or _");
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(DeskGroups.MERCHANTS).count() == 0) {
            throw new InvalidRequestException("userId", "must be an existing user of group " + DeskGroups.MERCHANTS);
        }
        merchantUsers.findById(userId).ifPresent(merchantUsers::delete);
        merchantUsers.flush();
        merchantUsers.save(new MerchantUser(userId, merchantId));
        return new Link(userId, merchantId);
    }

    @DeleteMapping("/api/merchants/{merchantId}/users/{userId}")
    @Transactional
    ResponseEntity<Void> unlink(@PathVariable String merchantId, @PathVariable String userId) {
        merchantUsers.findById(userId).filter(m -> m.getMerchantId().equals(merchantId)).ifPresent(merchantUsers::delete);
        return ResponseEntity.noContent().build();
    }
}
