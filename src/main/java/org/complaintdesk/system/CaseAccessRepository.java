package org.complaintdesk.system;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseAccessRepository extends JpaRepository<CaseAccessEntry, CaseAccessEntry.Key> {

    List<CaseAccessEntry> findByKeyComplaintId(Long complaintId);

    @Query("""
            select count(a) > 0 from CaseAccessEntry a where a.key.complaintId = :complaintId
              and ((a.key.principalType = org.complaintdesk.system.CaseAccessEntry.PrincipalType.USER and a.key.principalId = :user)
                or (a.key.principalType = org.complaintdesk.system.CaseAccessEntry.PrincipalType.GROUP and a.key.principalId in :groups))""")
    boolean readable(Long complaintId, String user, Collection<String> groups);
}
