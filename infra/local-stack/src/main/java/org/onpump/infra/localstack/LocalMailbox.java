package org.onpump.infra.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onpump.shared.json.EventCodec;

/**
 * A local SMTP server (GreenMail, with IMAP to read it from a mail client) and a small HTTP page that lists the
 * mail it received as JSON: {@code GET /} for all of it, {@code GET /?to=<address>} for one recipient's. The same
 * page is the local SMS and voice gateway: the notifier posts to {@code /sms} and {@code /voice}, and
 * {@code GET /sms} and {@code GET /voice} list what came, as JSON, oldest first, each with when it came
 * ({@code ?notificationId=<id>} for one notification's).
 */
public final class LocalMailbox implements AutoCloseable {

  private final GreenMail greenMail;
  private final HttpServer http;
  private final Map<String, List<Object>> gateway = new ConcurrentHashMap<>();

  public LocalMailbox(int smtpPort, int imapPort, int httpPort) {
    greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(FreePorts.orAnyFree(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(FreePorts.orAnyFree(imapPort), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    greenMail.start();
    try {
      http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
    } catch (IOException e) {
      greenMail.stop();
      throw new UncheckedIOException("could not open the mailbox page on port " + httpPort, e);
    }
    http.createContext("/", this::list);
    http.createContext("/sms", this::gateway);
    http.createContext("/voice", this::gateway);
    http.start();
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  public int httpPort() {
    return http.getAddress().getPort();
  }

  /** Every message received so far, oldest first. */
  public List<Mail> received() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(LocalMailbox::toMail).toList();
  }

  private void list(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    String to = query != null && query.startsWith("to=") ? query.substring(3) : null;
    List<Mail> mail = received().stream().filter(m -> to == null || m.to().contains(to)).toList();
    byte[] body = EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(mail);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** POST: keeps the gateway message; GET: lists those kept. */
  private void gateway(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    List<Object> kept = gateway.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
    byte[] body;
    if ("POST".equals(exchange.getRequestMethod())) {
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("receivedAt", Instant.now().toString());
      message.putAll(EventCodec.mapper().readValue(exchange.getRequestBody().readAllBytes(), Map.class));
      kept.add(message);
      body = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
    } else {
      String query = exchange.getRequestURI().getQuery();
      String only = query != null && query.startsWith("notificationId=") ? query.substring(15) : null;
      body = EventCodec.mapper().writeValueAsBytes(kept.stream()
          .filter(m -> only == null || only.equals(((Map<?, ?>) m).get("notificationId"))).toList());
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static Mail toMail(MimeMessage message) {
    try {
      Object content = message.getContent();
      String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
      return new Mail(addresses(message.getAllRecipients()), addresses(message.getFrom()), message.getSubject(),
          message.getSentDate() == null ? null : message.getSentDate().toInstant().toString(),
          body.replace("\r\n", "\n").trim());
    } catch (MessagingException | IOException e) {
      return new Mail("", "", "(unreadable: " + e.getMessage() + ")", null, "");
    }
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
  }

  @Override
  public void close() {
    http.stop(0);
    greenMail.stop();
  }

  /** One received email. */
  public record Mail(String to, String from, String subject, String sentAt, String body) {}
}
