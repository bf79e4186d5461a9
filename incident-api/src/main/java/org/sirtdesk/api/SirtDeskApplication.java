package org.sirtdesk.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** SIRT Desk: incident reporting, response and regulatory deadlines for Japanese public bodies. */
@SpringBootApplication(scanBasePackages = {"org.sirtdesk.api", "org.sirtdesk.projections"})
public class SirtDeskApplication {

    public static void main(String[] args) {
        disableUpdateChecker();
        SpringApplication.run(SirtDeskApplication.class, args);
    }

    /** Axon 4.12 contacts its vendor at start-up unless this system property is set. */
    public static void disableUpdateChecker() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
