/**
 * The command line: {@code safqa ask | chat | facts | check | eval | serve | review ...}. Each command is a
 * picocli {@code Callable<Integer>} returning an exit code (see {@link dev.safqa.cli.ExitCodes}).
 * {@code chat} is the console's adapter: lines in ({@link dev.safqa.cli.ConsoleInput}), turns to the
 * conversation, replies printed as text or JSON ({@link dev.safqa.cli.ConsoleFormat}).
 */
package dev.safqa.cli;
