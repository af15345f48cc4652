package org.complaintdesk.arbitration;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.directory.MerchantDirectory;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.CaseAccess;
import org.complaintdesk.system.DeskGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who is calling about a complaint's dispute: its customer (token), a user of its merchant (Basic, group
 * {@code merchants}, linked to the complaint's merchant), the warehouse, or desk staff. A merchant user of
 * another merchant learns nothing: the complaint is "not found" to them.
 */
@Component
public class Parties {

    private static final Logger log = LoggerFactory.getLogger(Parties.class);

    private final CustomerTokens tokens;
    private final ComplaintRepository complaints;
    private final MerchantUserRepository merchantUsers;
    private final IdentityService identityService;
    private final CaseAccess caseAccess;
    private final MerchantDirectory directory;

    Parties(CustomerTokens tokens, ComplaintRepository complaints, MerchantUserRepository merchantUsers,
            IdentityService identityService, CaseAccess caseAccess, MerchantDirectory directory) {
        this.directory = directory;
        this.tokens = tokens;
        this.complaints = complaints;
        this.merchantUsers = merchantUsers;
        this.identityService = identityService;
        this.caseAccess = caseAccess;
    }

    /** A caller acting on a complaint. {@code party} is null for desk staff. */
    public record Caller(Complaint complaint, EvidenceParty party, String name, boolean staff) {
    }

    /** The complaint's customer, from the case page (or the API's token). */
    public Caller customer(String complaintNo, CustomerCredential customer) {
        return new Caller(tokens.complaintFor(complaintNo, customer), EvidenceParty.CUSTOMER, "customer", false);
    }

    public Caller resolve(String complaintNo, String token, Authentication authentication) {
        if (token != null) {
            Complaint complaint = tokens.complaintFor(complaintNo, token);
            return new Caller(complaint, EvidenceParty.CUSTOMER, "customer", false);
        }
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("HTTP Basic credentials or " + CustomerTokens.HEADER);
        }
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        String user = authentication.getName();
        boolean merchant = groups.contains(DeskGroups.MERCHANTS);
        if (!merchant && groups.stream().noneMatch(DeskGroups.STAFF::contains)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your groups do not allow this call.");
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        if (merchant) {
            boolean own = merchantUsers.findById(user)
                    .map(m -> complaint.hasOrder() && m.getMerchantId().equals(complaint.getOrder().getMerchantId()))
                    .orElse(false);
            if (!own) {
                throw new ComplaintNotFoundException(complaintNo);
            }
            return new Caller(complaint, EvidenceParty.MERCHANT, user, false);
        }
        if (!caseAccess.canRead(CaseAccess.Reader.of(authentication), complaint)) {
            throw new ComplaintNotFoundException(complaintNo); // not a case of theirs: it does not exist for them
        }
        if (groups.contains(DeskGroups.WAREHOUSE)) {
            return new Caller(complaint, EvidenceParty.WAREHOUSE, user, true);
        }
        return new Caller(complaint, null, user, true);
    }

    /**
     * Where messages to the complaint's merchant go: its contact address in the merchant directory; for a merchant
     * not in the directory, the addresses of its linked users (as before the directory, logged).
     */
    public List<String> merchantAddresses(Complaint complaint) {
        if (!complaint.hasOrder() || complaint.getOrder().getMerchantId() == null) {
            return List.of();
        }
        String merchantId = complaint.getOrder().getMerchantId();
        var contact = directory.contact(merchantId);
        if (contact.isPresent()) {
            return List.of(contact.get().email());
        }
        log.info("Merchant {} of complaint {} is not in the merchant directory: writing to its linked users",
                merchantId, complaint.getComplaintNo());
        return merchantUsers.findByMerchantId(merchantId).stream()
                .map(m -> identityService.createUserQuery().userId(m.getUserId()).singleResult())
                .filter(u -> u != null && u.getEmail() != null).map(User::getEmail).toList();
    }
}
