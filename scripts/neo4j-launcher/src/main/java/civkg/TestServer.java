package civkg;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with a Bolt connector on 127.0.0.1, auth on.
 *
 * <p>Usage: {@code java -cp ... civkg.TestServer HOME_DIR PORT}, with the
 * password of the {@code neo4j} user in the environment variable
 * {@code CIVKG_NEO4J_INITIAL_PASSWORD}. The password is set through the system
 * database on every start (embedded transactions run with full rights), so the
 * server never asks for the "change the default password" step and a wrong
 * password is really refused. Further settings (neo4j.conf syntax) are read
 * from the file named by {@code CIVKG_NEO4J_CONF}, when set. It stays up until the process gets SIGTERM.
 */
public final class TestServer {
    private TestServer() {}

    private static long pagecacheMegabytes() {
        String value = System.getenv("CIVKG_NEO4J_PAGECACHE_MB");
        return value == null || value.isBlank() ? 512 : Long.parseLong(value.trim());
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: TestServer HOME_DIR PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("CIVKG_NEO4J_INITIAL_PASSWORD");
        if (password == null || password.length() < 8) {
            // Neo4j 5 refuses passwords shorter than 8 characters.
            System.err.println("CIVKG_NEO4J_INITIAL_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        String settingsFile = System.getenv("CIVKG_NEO4J_CONF");
        if (settingsFile != null && !settingsFile.isBlank()) {
            // neo4j.conf syntax, the same keys the docker image takes as NEO4J_* variables;
            // the connector, auth and page cache below are the launcher's own and win.
            builder.loadPropertiesFromFile(Path.of(settingsFile).toAbsolutePath());
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Tests try wrong passwords on purpose; don't lock the user out for it.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // Small by default (a shared 2-core machine); a benchmark may want more.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMegabytes()))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));

        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println("civkg-neo4j ready: bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
