package org.fairdesk.incentives;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the line of a plan document's YAML that a field's path names ({@code document.pool.percent},
 * {@code document.components[1].tiers[0].percent}), so that an editor can point at it. It reads the YAML's node tree
 * (snakeyaml-engine, which jackson-dataformat-yaml reads with) and knows nothing of the plan's shape: it walks the
 * mappings by key and the lists by index, whatever the keys are. A field that is not in the text (a required key left
 * out) is placed on the line of its deepest ancestor that is: where the key should be added.
 */
final class PlanDocumentLines {

	/** The prefix every field of a plan document is reported under. */
	static final String DOCUMENT = "document";

	/** More text than any plan may hold (it is refused anyway): its tree is not built just to place an error. */
	private static final int MAX_LENGTH = 100_000;

	private static final Pattern STEP = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d{1,9})]");

	private PlanDocumentLines() {
	}

	/** The same refusal, each problem in a field of the document given the line it is on (when the YAML has one). */
	static InvalidInputException located(InvalidInputException refused, @Nullable String yaml) {
		Optional<Node> root = compose(yaml);
		if (root.isEmpty()) {
			return refused;
		}
		return new InvalidInputException(refused.problems().stream().map(problem -> {
			OptionalInt line = lineOf(root.get(), problem.field());
			return line.isPresent() ? problem.at(line.getAsInt()) : problem;
		}).toList());
	}

	/** The 1-based line of a field of the document; empty for the document as a whole or YAML that does not parse. */
	static OptionalInt line(String yaml, String field) {
		return compose(yaml).map(root -> lineOf(root, field)).orElse(OptionalInt.empty());
	}

	private static OptionalInt lineOf(Node root, String field) {
		if (!field.startsWith(DOCUMENT + ".") && !field.startsWith(DOCUMENT + "[")) {
			return OptionalInt.empty(); // the document as a whole, or a field that is not in it
		}
		Node node = root;
		Node located = root; // the node whose line stands for the field: a key's, or a list item's
		Matcher step = STEP.matcher(field);
		int at = DOCUMENT.length();
		while (at < field.length() && step.find(at) && step.start() == at) {
			Optional<Found> next = step.group(1) != null ? member(node, step.group(1))
					: item(node, Integer.parseInt(step.group(2)));
			if (next.isEmpty()) {
				break; // not in the text: the deepest ancestor that is
			}
			located = next.get().line();
			node = next.get().value();
			at = step.end();
		}
		return located.getStartMark().map(Mark::getLine).map(line -> OptionalInt.of(line + 1))
			.orElse(OptionalInt.empty());
	}

	/** A step of the path found in the tree: the node whose line it is on, and the value to walk on from. */
	private record Found(Node line, Node value) {
	}

	/** A mapping's member: its key (where its line is) and its value. The last of a key given twice, as reported. */
	private static Optional<Found> member(Node node, String key) {
		if (!(node instanceof MappingNode mapping)) {
			return Optional.empty();
		}
		List<NodeTuple> members = mapping.getValue();
		for (int i = members.size() - 1; i >= 0; i--) {
			NodeTuple member = members.get(i);
			if (member.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
				return Optional.of(new Found(name, member.getValueNode()));
			}
		}
		return Optional.empty();
	}

	private static Optional<Found> item(Node node, int index) {
		if (node instanceof SequenceNode list && index < list.getValue().size()) {
			Node item = list.getValue().get(index);
			return Optional.of(new Found(item, item));
		}
		return Optional.empty();
	}

	/** The YAML's node tree; empty when there is none (blank, too long, or not YAML: its error names its line). */
	private static Optional<Node> compose(@Nullable String yaml) {
		if (yaml == null || yaml.isBlank() || yaml.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			return new Compose(LoadSettings.builder().build()).composeString(yaml);
		}
		catch (RuntimeException notYaml) {
			return Optional.empty();
		}
	}
}
