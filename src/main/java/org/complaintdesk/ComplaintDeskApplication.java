package org.complaintdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintDeskApplication.class, args);
    }
}
