package org.onpump.scheduler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onpump.infra.servers.RealServersConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole service against a real PostgreSQL and a real Kafka broker. Every test class uses exactly this, so all
 * of them share one Spring context; tests keep apart by using a department of their own ({@link TestDepartment}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({RealServersConfiguration.class, SignedInAsAdmin.class})
public @interface SchedulerServiceTest {}
