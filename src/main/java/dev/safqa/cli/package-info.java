/**
 * The command line: {@code safqa ask | chat | facts | check | eval | serve | review ...}. Each command is a
 * picocli {@code Callable<Integer>} returning an exit code (see {@link dev.safqa.cli.ExitCodes}).
 */
package dev.safqa.cli;
