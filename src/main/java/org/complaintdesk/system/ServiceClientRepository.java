package org.complaintdesk.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceClientRepository extends JpaRepository<ServiceClient, String> {
}
