package org.sirtdesk.api.deadline;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the deadline watch on every instance. */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {}
