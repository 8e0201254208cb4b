package org.fairdesk.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Whether a YAML text a person wrote (a plan, a lab scenario) is YAML at all, and if not, where it stops being. It is
 * checked before the text is bound to its document: binding reads as it goes, so a bracket left open was reported as
 * the member's value being "a list", and a stray tab at the line of the token before it, sending the writer to the
 * wrong place. The node tree is what snakeyaml-engine (which jackson-dataformat-yaml reads with) composes; its marks
 * are 0-based, the problem's are 1-based as an editor counts.
 */
public final class YamlSyntax {

	private YamlSyntax() {
	}

	/**
	 * The problem with the text's syntax, named under {@code field} and placed on the line where it is found;
	 * empty when it is YAML (whatever it says).
	 */
	public static Optional<InvalidInputException.FieldProblem> problem(String yaml, String field) {
		try {
			return new Compose(LoadSettings.builder().build()).composeString(yaml)
				.flatMap(root -> unread(root, field));
		}
		catch (MarkedYamlEngineException notYaml) {
			return Optional.of(located(notYaml, field));
		}
		catch (ReaderException unprintable) {
			return Optional.of(unprintable(yaml, unprintable, field));
		}
		catch (YamlEngineException notYaml) {
			return Optional.of(new InvalidInputException.FieldProblem(field, "is not valid YAML"));
		}
	}

	/** The tags a document's values may carry: those YAML gives plain text, numbers, lists and maps without asking. */
	private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

	/**
	 * What is YAML but not read as written: a tag ({@code !!binary aGVsbG8=} named a plan "aGVsbG8=") or an anchor
	 * and its aliases ({@code - *a} was refused as a component of no known type, not for the alias). Walked without
	 * recursion, and stopped at the first, so a deep or self-referring document costs no stack.
	 */
	private static Optional<InvalidInputException.FieldProblem> unread(Node root, String field) {
		Deque<Node> waiting = new ArrayDeque<>(List.of(root));
		while (!waiting.isEmpty()) {
			Node node = waiting.pop();
			int line = node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
			if (node.getAnchor().isPresent()) {
				return Optional.of(new InvalidInputException.FieldProblem(field, "uses an anchor or alias (&"
						+ node.getAnchor().get().getValue() + ") at line " + line + ", which is not read here: write "
						+ "the value out where it is used").at(line));
			}
			if (!PLAIN.contains(node.getTag())) {
				return Optional.of(new InvalidInputException.FieldProblem(field, "uses the tag " + written(node.getTag())
						+ " at line " + line + ", which is not read here: write the value without it").at(line));
			}
			if (node instanceof MappingNode map) {
				map.getValue().forEach(pair -> {
					waiting.push(pair.getValueNode());
					waiting.push(pair.getKeyNode());
				});
			}
			else if (node instanceof SequenceNode list) {
				list.getValue().forEach(waiting::push);
			}
		}
		return Optional.empty();
	}

	private static String written(Tag tag) {
		return tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length())
				: tag.getValue();
	}

	/** A character YAML does not allow in its text (a control character such as NUL), on its line. */
	private static InvalidInputException.FieldProblem unprintable(String yaml, ReaderException unprintable,
			String field) {
		int index = yaml.offsetByCodePoints(0, Math.min(unprintable.getPosition(), yaml.codePointCount(0, yaml.length())));
		int line = (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
		return new InvalidInputException.FieldProblem(field, String.format("must not contain the character U+%04X, "
				+ "found at line %d", unprintable.getCodePoint(), line)).at(line);
	}

	private static InvalidInputException.FieldProblem located(MarkedYamlEngineException notYaml, String field) {
		Optional<Mark> at = notYaml.getProblemMark().or(notYaml::getContextMark);
		if (at.isEmpty()) {
			return new InvalidInputException.FieldProblem(field, "is not valid YAML");
		}
		int line = at.get().getLine() + 1;
		StringBuilder message = new StringBuilder("is not valid YAML at line ").append(line).append(", column ")
			.append(at.get().getColumn() + 1);
		// a bracket or quote left open is found only where the text ends: say where it was opened
		notYaml.getContextMark()
			.filter(start -> start.getLine() != at.get().getLine() || start.getColumn() != at.get().getColumn())
			.ifPresent(start -> message.append(", in what starts at line ").append(start.getLine() + 1)
				.append(", column ").append(start.getColumn() + 1));
		if (notYaml.getProblem() != null && notYaml.getProblem().contains("\\t(TAB)")) {
			message.append(": a tab cannot indent YAML; indent with spaces");
		}
		return new InvalidInputException.FieldProblem(field, message.toString()).at(line);
	}
}
