package org.complaintdesk.complaint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OpenCaseRepository extends JpaRepository<OpenCase, OpenCase.Key> {

    @Modifying
    @Query("delete from OpenCase o where o.complaintId = :complaintId")
    int release(Long complaintId);
}
