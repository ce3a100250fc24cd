package org.onpump.infra.servers;

/** How to reach a running PostgreSQL server's OnPump database. */
public record PostgresServer(String jdbcUrl, String username, String password) {}
