package org.diaryaccess.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flame graph in a few lines of text, from a Java Flight Recorder file (JMH's {@code -prof jfr}):
 * of the execution samples of the measured code, the share in which each method is on the stack
 * above the caller's frame (inclusive) and on top (self), the largest first. The inclusive figures are the flame
 * graph's widths; self figures, its top edges.
 *
 * <pre>
 * FlameSummary profile.jfr [rows]
 * </pre>
 */
public final class FlameSummary {
  private FlameSummary() {}

  /**
   * Prints the summary.
   *
   * @param args the recording, and how many rows of each list (20 by default)
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    System.out.println(summary(Path.of(args[0]), rows, "jmh_generated"));
  }

  /**
   * The summary of a recording.
   *
   * @param recording the {@code .jfr} file
   * @param rows how many rows of each list
   * @param caller a sample is counted only if a method whose class and name, {@code
   *     pack.age.Type.method}, hold this is on its stack (for JMH's measuring loops, {@code
   *     jmh_generated}) below its top frame; what is above it is the measured code
   * @return the two lists, as Markdown tables
   * @throws IOException if the recording cannot be read
   */
  static String summary(Path recording, int rows, String caller) throws IOException {
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      // Only samples taken in the measured code: not of other threads, nor of the caller itself
      // between two calls (the harness's loop), whose frame the lists leave out.
      if (frames.isEmpty() || !calledFrom(frames, caller) || isCaller(frames.get(0), caller)) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      // The frames above the caller's (the measured code), not the harness below it; lambdas'
      // hidden classes, whose names are numbers, only repeat the method that made them.
      for (RecordedFrame frame : frames) {
        if (isCaller(frame, caller)) {
          break;
        }
        String method = name(frame.getMethod());
        if (!Character.isDigit(method.charAt(0)) && seen.add(method)) {
          inclusive.merge(method, 1, Integer::sum);
        }
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d samples of the measured threads%n", samples));
    table(out, "on the stack (inclusive)", inclusive, samples, rows);
    table(out, "on top (self)", self, samples, rows);
    return out.toString();
  }

  /** A sample of the measured code, not of JMH's own threads or the JIT's. */
  private static boolean calledFrom(List<RecordedFrame> frames, String caller) {
    for (RecordedFrame frame : frames) {
      if (isCaller(frame, caller)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaller(RecordedFrame frame, String caller) {
    return (frame.getMethod().getType().getName() + "." + frame.getMethod().getName()).contains(caller);
  }

  private static String name(RecordedMethod method) {
    String type = method.getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
  }

  private static void table(StringBuilder out, String title, Map<String, Integer> counts, int samples, int rows) {
    out.append(String.format(Locale.ROOT, "%n| %s | share |%n|---|---|%n", title));
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
        .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(),
            100.0 * e.getValue() / Math.max(1, samples))));
  }
}
