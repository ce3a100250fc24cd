package org.onpump.infra.servers;

/** How to reach a running Kafka broker. */
public record KafkaServer(String bootstrapServers) {}
