package org.onpump.notifier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server (the JDK's) standing in for an SMS gateway, a voice gateway and Slack and Teams incoming
 * webhooks: it keeps every request it was sent, and answers each path with the status a test sets (200 by default).
 */
public final class WebhookReceiver {

  private static WebhookReceiver shared;

  private final HttpServer server;
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();

  private WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      received.add(new Request(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
          exchange.getRequestHeaders().getFirst("Content-Type"), body));
      int status = statusByPath.getOrDefault(path, 200);
      byte[] answer = (status == 200 ? "ok" : "refused by the test").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public static synchronized WebhookReceiver shared() {
    if (shared == null) {
      shared = new WebhookReceiver();
    }
    return shared;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers every request to {@code path} with {@code status} from now on. */
  public void answer(String path, int status) {
    statusByPath.put(path, status);
  }

  /** The requests to {@code path} whose body contains {@code text}, in the order they came. */
  public List<Request> received(String path, String text) {
    return received.stream().filter(r -> r.path().equals(path) && r.body().contains(text)).toList();
  }

  /** One request as received. */
  public record Request(String path, String idempotencyKey, String contentType, String body) {}
}
