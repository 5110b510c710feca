package org.diaryaccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny host on the module path: a module of its own that requires the core and the in-memory
 * adapter by their module names, compiled and run in a JVM of its own against the jars the build
 * packaged and their runtime dependencies, with no module added by hand. The core's plumbing is
 * not exported: a host that reaches for it does not compile.
 */
class ModulePathHostTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** The runtime dependencies of the core and the in-memory adapter, by jar name. */
  private static final List<String> RUNTIME = List.of("diary-access-", "guava-", "failureaccess-", "libphonenumber-",
      "jakarta.validation-api-", "hibernate-validator-", "jboss-logging-", "classmate-", "expressly-",
      "jakarta.el-api-", "jspecify-", "slf4j-api-", "error_prone_annotations-", "j2objc-annotations-");

  @Test
  void aHostModuleRequiresTheLibraryByItsModuleNamesAndRuns(@TempDir Path work) throws Exception {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), """
        module host.app {
          requires org.diaryaccess.core;
          requires org.diaryaccess.adapters.inmemory;
          requires org.diaryaccess.spi;
        }
        """);
    write(sources.resolve("host/app/Main.java"), """
        package host.app;

        import java.time.Clock;
        import java.util.List;
        import java.util.Locale;
        import org.diaryaccess.adapters.inmemory.InMemoryStore;
        import org.diaryaccess.core.DiaryAccess;
        import org.diaryaccess.core.invitation.InvitationRequest;
        import org.diaryaccess.spi.DiaryProvisioning;
        import org.diaryaccess.spi.NotificationCentre;
        import org.diaryaccess.spi.contact.Contacts;
        import org.diaryaccess.spi.delivery.ProvisioningStatus;
        import org.diaryaccess.spi.error.DiaryAccessException;
        import org.diaryaccess.spi.id.CitizenId;
        import org.diaryaccess.spi.id.PupilRecordId;
        import org.diaryaccess.spi.id.SchoolId;
        import org.diaryaccess.spi.people.Citizen;
        import org.diaryaccess.spi.people.PersonName;
        import org.diaryaccess.spi.school.LegalRepresentative;
        import org.diaryaccess.spi.school.PupilRecord;
        import org.diaryaccess.spi.school.RepresentativeKind;

        public final class Main {
          public static void main(String[] args) {
            InMemoryStore store = new InMemoryStore();
            DiaryAccess access = DiaryAccess.builder().store(store).notificationCentre(NotificationCentre.of(n -> { }))
                .diaryProvisioning(DiaryProvisioning.of(r -> ProvisioningStatus.CONFIRMED, r -> { }))
                .clock(Clock.systemUTC()).build();
            CitizenId mother = CitizenId.of("c-1");
            PersonName name = PersonName.of("Иванченко", "Василиса");
            store.citizens().save(Citizen.builder(mother, name).email("mail@yandex.ru").mobilePhone("+79261234567").build());
            PupilRecordId pupil = PupilRecordId.of("p-1");
            store.schoolRegister().upsert(List.of(PupilRecord.builder(pupil, SchoolId.of("s-1"), "9Б",
                PersonName.of("Кубарев", "Антон")).representative(new LegalRepresentative(RepresentativeKind.MOTHER, name,
                Contacts.none().withEmail("mail@yandex.ru").withMobilePhone("+79261234567"))).build()));
            try {
              // Refused by a Jakarta constraint: Hibernate Validator reads the core's request and its messages.
              access.send(mother, InvitationRequest.byPhone("+7 903 111-22-33", "Кубарева\u0000", List.of("p-1")));
            } catch (DiaryAccessException refused) {
              System.out.println(refused.getMessage(Locale.forLanguageTag("ru")));
            }
            System.out.println(access.decide(mother, pupil).allowedBasis().orElseThrow().displayName(Locale.ENGLISH));
          }
        }
        """);
    List<String> modulePath = modulePath();
    Path classes = work.resolve("classes");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    assertThat(compile(sources, classes, modulePath, errors)).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    // The library's jars are named modules that require what they need: the host names its own
    // module and nothing else is added.
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> run = new ArrayList<>(List.of(java, "--module-path",
        classes + File.pathSeparator + String.join(File.pathSeparator, modulePath), "-m", "host.app/host.app.Main"));
    Process process = new ProcessBuilder(run).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the host finishes").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    // The last line is the host's; Hibernate Validator and SLF4J may say hello before it.
    assertThat(output.strip().lines().reduce((first, second) -> second)).contains("Legal representative");
    assertThat(output).as("a constraint's message in Russian").contains("Значение содержит недопустимые символы.");
  }

  @Test
  void theCoresPlumbingIsNotExported(@TempDir Path work) throws Exception {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), """
        module host.nosy {
          requires org.diaryaccess.core;
        }
        """);
    write(sources.resolve("host/nosy/Reach.java"), """
        package host.nosy;

        public final class Reach {
          Object support = org.diaryaccess.core.support.Paging.class;
          Object validation = org.diaryaccess.core.validation.InputValidation.class;
        }
        """);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int result = compile(sources, work.resolve("classes"), modulePath(), errors);
    String said = errors.toString(StandardCharsets.UTF_8);
    assertThat(result).as(said).isNotZero();
    assertThat(said).contains("package org.diaryaccess.core.support is not visible")
        .contains("package org.diaryaccess.core.validation is not visible");
  }

  /** Compiles a host's sources against the module path; what javac says goes to {@code errors}. */
  private static int compile(Path sources, Path classes, List<String> modulePath, ByteArrayOutputStream errors)
      throws IOException {
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "--module-path",
        String.join(File.pathSeparator, modulePath)));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> options.add(p.toString()));
    }
    return ToolProvider.getSystemJavaCompiler().run(null, null, errors, options.toArray(String[]::new));
  }

  /** The shipped jars as packaged, and their runtime dependencies from this test's class path. */
  private static List<String> modulePath() throws IOException {
    List<String> path = new ArrayList<>();
    for (String folder : List.of("diary-access-spi", "diary-access-core", "adapters-inmemory")) {
      try (Stream<Path> files = Files.list(ROOT.resolve(folder).resolve("target"))) {
        files.filter(p -> p.getFileName().toString().matches("diary-access-[a-z]+-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
            .forEach(p -> path.add(p.toString()));
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String file = Path.of(entry).getFileName().toString();
      if (file.endsWith(".jar") && !file.startsWith("diary-access-")
          && RUNTIME.stream().anyMatch(file::startsWith)) {
        path.add(entry);
      }
    }
    return path;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
