import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads the pinned Maven distribution, checks it against the SHA-512 published beside it on Maven Central and
 * unpacks it. Written in Java so that a machine with only a JDK (no curl, wget or unzip) can build Castellan.
 * Usage: java FetchMaven.java ZIP_URL SHA512_URL TARGET_DIR
 */
public class FetchMaven {
    public static void main(String[] args) throws Exception {
        URI zipUrl = URI.create(args[0]);
        URI shaUrl = URI.create(args[1]);
        Path target = Path.of(args[2]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        System.err.println("mvnw: downloading " + zipUrl);
        byte[] zip = get(http, zipUrl);
        String expected = new String(get(http, shaUrl)).trim().split("\\s+")[0].toLowerCase();
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(zip));
        if (!actual.equals(expected)) {
            throw new IOException("SHA-512 mismatch for " + zipUrl + ": expected " + expected + ", got " + actual);
        }
        Path tmp = Files.createTempDirectory(target.getParent(), "unpack");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = tmp.resolve(e.getName()).normalize();
                if (!out.startsWith(tmp)) throw new IOException("zip entry escapes target: " + e.getName());
                if (e.isDirectory()) { Files.createDirectories(out); continue; }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                if (out.getParent().getFileName().toString().equals("bin")) out.toFile().setExecutable(true, false);
            }
        }
        try (var top = Files.list(tmp)) {
            Path home = top.findFirst().orElseThrow(() -> new IOException("empty Maven distribution"));
            Files.move(home, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(tmp);
    }

    private static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IOException("GET " + uri + " answered HTTP " + r.statusCode());
        return r.body();
    }
}
