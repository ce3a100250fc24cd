package org.onpump.infra.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onpump.infra.servers.EmbeddedServers;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.NotificationRequested;
import org.onpump.shared.event.OnPumpEvent;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.event.StaffMember;
import org.onpump.shared.kafka.EventSerializer;
import org.onpump.shared.kafka.Topics;

/**
 * Issue 5's benchmark: pages per second sustained end to end (published on Kafka to taken by the SMS gateway) by
 * one notifier from its jar on real servers, and how late escalation timers fire while that load runs. Each page
 * has one escalation step, {@code --step} after it, so that the timers fall due while pages still pour in. Beside
 * it, in the same run: a plain client posting the same payloads to the same gateway, one at a time, for the
 * ceiling of the gateway itself. Several rounds; the summary gives each round and the median.
 */
public final class PagingBenchmark {

  private static final Pattern NOTIFICATION_ID = Pattern.compile("\"notificationId\":\"([^\"]+)\"");

  private final Map<String, Instant> received = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("--rates", "100,200,400", "--seconds", "30",
        "--rounds", "3", "--step", "PT10S", "--services-dir", "infra/benchmarks/target/services",
        "--log-dir", "infra/benchmarks/target/paging-logs"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + options.keySet());
      }
      options.put(args[i], args[i + 1]);
    }
    List<Double> rates = Arrays.stream(options.get("--rates").split(",")).map(Double::parseDouble).toList();
    new PagingBenchmark().run(rates, Integer.parseInt(options.get("--seconds")),
        Integer.parseInt(options.get("--rounds")), Duration.parse(options.get("--step")),
        Path.of(options.get("--services-dir")), Path.of(options.get("--log-dir")));
  }

  private void run(List<Double> rates, int seconds, int rounds, Duration step, Path servicesDir, Path logDir)
      throws Exception {
    HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    gateway.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes());
      Matcher id = NOTIFICATION_ID.matcher(body);
      if (id.find() && exchange.getRequestURI().getPath().equals("/sms")) {
        received.putIfAbsent(id.group(1), Instant.now());
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    ExecutorService gatewayThreads = Executors.newFixedThreadPool(4);
    gateway.setExecutor(gatewayThreads);
    gateway.start();
    String gatewayUrl = "http://127.0.0.1:" + gateway.getAddress().getPort();
    try (EmbeddedServers servers = BenchServers.start()) {
      List<String> arguments = new ArrayList<>(BenchServers.connections(servers));
      arguments.addAll(List.of("--onpump.channels.sms-gateway-url=" + gatewayUrl + "/sms",
          "--onpump.paging.chains.EMERGENCY[0].target=PAGED", "--onpump.paging.chains.EMERGENCY[0].after=" + step));
      try (ServiceJvm notifier = ServiceJvm.start("notifier-service", servicesDir, logDir,
          List.of("-Xmx512m", "-XX:+UseSerialGC"), arguments);
          KafkaProducer<String, OnPumpEvent> producer = new KafkaProducer<>(
              Map.of("bootstrap.servers", servers.kafka().bootstrapServers(), "linger.ms", "1"),
              new StringSerializer(), new EventSerializer())) {
        notifier.awaitReady(BenchServers.READY_TIMEOUT);
        round(producer, servers, "warm-up", 20, 5, step);
        List<String> table = new ArrayList<>(List.of(Round.HEADER));
        for (double rate : rates) {
          List<Round> results = new ArrayList<>();
          for (int r = 1; r <= rounds; r++) {
            Round result = round(producer, servers, "round " + r, rate, seconds, step)
                .withRaw(rawGateway(gatewayUrl, 2000));
            System.out.println(result);
            results.add(result);
          }
          results.forEach(result -> table.add(result.row()));
          table.add(Round.median(results));
        }
        System.out.println();
        table.forEach(System.out::println);
      }
    } finally {
      gateway.stop(0);
      gatewayThreads.shutdownNow();
    }
  }

  /** Publishes pages at {@code rate} for {@code seconds}, then waits for every page and every step to arrive. */
  private Round round(KafkaProducer<String, OnPumpEvent> producer, EmbeddedServers servers, String name, double rate,
      int seconds, Duration step) throws Exception {
    String department = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    int pages = (int) (rate * seconds);
    Map<String, Instant> published = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < pages; i++) {
      long due = start + (long) (i * 1e9 / rate);
      while (System.nanoTime() < due) {
        Thread.onSpinWait();
      }
      NotificationRequested page = page(department, i);
      published.put(page.eventId().toString(), Instant.now());
      producer.send(new ProducerRecord<>(Topics.NOTIFICATION_REQUESTS, page.partitionKey(), page));
    }
    producer.flush();
    Instant deadline = Instant.now().plus(step).plus(Duration.ofMinutes(3));
    List<Long> lateness;
    while (true) {
      lateness = stepLateness(servers, department);
      boolean allPages = published.keySet().stream().allMatch(received::containsKey);
      if ((allPages && lateness.size() == pages) || Instant.now().isAfter(deadline)) {
        break;
      }
      Thread.sleep(500);
    }
    List<Long> latency = new ArrayList<>();
    Instant last = Instant.MIN;
    for (Map.Entry<String, Instant> p : published.entrySet()) {
      Instant got = received.get(p.getKey());
      if (got != null) {
        latency.add(Duration.between(p.getValue(), got).toMillis());
        last = got.isAfter(last) ? got : last;
      }
    }
    Instant first = Collections.min(published.values());
    double seconds2 = Duration.between(first, last).toNanos() / 1e9;
    return new Round(name, rate, pages, latency.size(), latency.size() / seconds2, percentile(latency, 50),
        percentile(latency, 99), lateness.size(), percentile(lateness, 50), percentile(lateness, 99), Double.NaN);
  }

  /** Per fired step of the department's pages: from due to its message taken by the gateway, in ms. */
  private List<Long> stepLateness(EmbeddedServers servers, String department) throws Exception {
    List<Long> late = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(servers.postgres().jdbcUrl(), servers.postgres().username(),
        servers.postgres().password());
        PreparedStatement query = db.prepareStatement("""
            SELECT n.id, t.due_at FROM notifier.escalation_timer t JOIN notifier.page p ON p.id = t.page_id
              JOIN notifier.notification n ON n.page_id = t.page_id AND n.id <> t.page_id
             WHERE p.department_id = ? AND t.fired_at IS NOT NULL""")) {
      query.setString(1, department);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Instant got = received.get(rows.getObject(1, UUID.class).toString());
          if (got != null) {
            late.add(Duration.between(rows.getTimestamp(2).toInstant(), got).toMillis());
          }
        }
      }
    }
    return late;
  }

  /** The same payloads posted by a plain client, one at a time: posts per second the gateway takes. */
  private static double rawGateway(String gatewayUrl, int posts) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long start = System.nanoTime();
    for (int i = 0; i < posts; i++) {
      http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/raw")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"notificationId\":\"" + UUID.randomUUID()
              + "\",\"channel\":\"SMS\",\"to\":\"+15550100000\",\"urgent\":true,\"text\":\"raw\"}")).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    return posts / ((System.nanoTime() - start) / 1e9);
  }

  private static NotificationRequested page(String department, int i) {
    String id = "b-" + i;
    StaffMember person = new StaffMember(id, "Bench " + i, id + "@bench.onpump.org",
        List.of(new ContactMethod(ContactMethod.Kind.SMS, "+1555" + (1_000_000 + i), true, false)));
    return new NotificationRequested(UUID.randomUUID(), Instant.now(), "paging-benchmark", "bench-hospital",
        department, OnPumpEvent.SCHEMA_VERSION, UUID.randomUUID(), person, NotificationRequested.Urgency.URGENT,
        "EMERGENCY bypass at bench-hospital, OR-1", "Benchmark page " + i + ": go now and acknowledge.",
        new PageRequest(PageRequest.Kind.EMERGENCY, List.of()));
  }

  private static long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** One round's figures. */
  record Round(String name, double offered, int pages, int delivered, double pagesPerSecond, long p50, long p99,
      int steps, long lateP50, long lateP99, double rawPostsPerSecond) {

    static final String HEADER = """
        | round | offered pages/s | pages delivered | delivered pages/s | page p50 / p99 ms | steps fired | \
        step lateness p50 / p99 ms | raw gateway posts/s | ratio |
        |---|---|---|---|---|---|---|---|---|""";

    Round withRaw(double raw) {
      return new Round(name, offered, pages, delivered, pagesPerSecond, p50, p99, steps, lateP50, lateP99, raw);
    }

    String row() {
      return "| %s | %.0f | %d of %d | %.1f | %d / %d | %d of %d | %d / %d | %.0f | %.2f |".formatted(name, offered,
          delivered, pages, pagesPerSecond, p50, p99, steps, pages, lateP50, lateP99, rawPostsPerSecond,
          pagesPerSecond / rawPostsPerSecond);
    }

    static String median(List<Round> rounds) {
      return "| **median** | %.0f | | %.1f | %d / %d | | %d / %d | %.0f | %.2f |".formatted(rounds.get(0).offered,
          medianOf(rounds.stream().map(Round::pagesPerSecond).toList()),
          (long) medianOf(rounds.stream().map(r -> (double) r.p50).toList()),
          (long) medianOf(rounds.stream().map(r -> (double) r.p99).toList()),
          (long) medianOf(rounds.stream().map(r -> (double) r.lateP50).toList()),
          (long) medianOf(rounds.stream().map(r -> (double) r.lateP99).toList()),
          medianOf(rounds.stream().map(Round::rawPostsPerSecond).toList()),
          medianOf(rounds.stream().map(r -> r.pagesPerSecond / r.rawPostsPerSecond).toList()));
    }

    private static double medianOf(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Override
    public String toString() {
      return name + ": " + row();
    }
  }
}
