package org.castellan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring Boot configuration root. It is started by {@code castellan server} and {@code castellan demo}
 * (see {@link org.castellan.cli.Main}); it has no {@code main} of its own so that the command line decides
 * which profile and arguments the platform runs with.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CastellanApplication {
}
