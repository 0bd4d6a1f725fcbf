// One call per source file: parse it and write its syntax tree in pre-order as a flat array, so the managed side
// crosses into native code once per file rather than once per node.
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <tree_sitter/api.h>

typedef struct {
  const char *source;
  uint32_t length;
  struct timespec deadline;
} judge_ts_input;

static const char *judge_ts_read(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read) {
  (void)position;
  judge_ts_input *input = payload;
  if (byte_index >= input->length) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = input->length - byte_index;
  return input->source + byte_index;
}

// Stops a parse past its deadline (a hostile program must not hold the indexer).
static bool judge_ts_past_deadline(TSParseState *state) {
  judge_ts_input *input = state->payload;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > input->deadline.tv_sec ||
         (now.tv_sec == input->deadline.tv_sec && now.tv_nsec > input->deadline.tv_nsec);
}

typedef struct {
  uint16_t symbol;     // ts_node_symbol
  uint16_t field;      // the field this node fills in its parent (0: none)
  uint8_t named;       // ts_node_is_named
  uint8_t extra;       // ts_node_is_extra (comments)
  uint8_t error;       // ERROR or MISSING
  uint8_t reserved;
  int32_t parent;      // index of the parent in the array (-1: the root)
  uint32_t child_count;
  uint32_t start_byte;
  uint32_t end_byte;
  uint32_t start_row;  // 0-based
  uint32_t end_row;
} judge_ts_node;

// Returns the number of nodes (which may exceed capacity: call again with a larger array), or -1 when parsing failed
// or took longer than timeout_ms.
int32_t judge_ts_flatten(const TSLanguage *language, const char *source, uint32_t length, uint32_t timeout_ms,
                         judge_ts_node *nodes, int32_t capacity) {
  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, language)) {
    ts_parser_delete(parser);
    return -1;
  }
  judge_ts_input input = {.source = source, .length = length};
  clock_gettime(CLOCK_MONOTONIC, &input.deadline);
  input.deadline.tv_sec += timeout_ms / 1000;
  input.deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
  if (input.deadline.tv_nsec >= 1000000000L) {
    input.deadline.tv_sec++;
    input.deadline.tv_nsec -= 1000000000L;
  }
  TSInput reader = {.payload = &input, .read = judge_ts_read, .encoding = TSInputEncodingUTF8, .decode = NULL};
  TSParseOptions options = {.payload = &input, .progress_callback = judge_ts_past_deadline};
  TSTree *tree = ts_parser_parse_with_options(parser, NULL, reader, options);
  if (tree == NULL) {
    ts_parser_delete(parser);
    return -1;
  }
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  // The indices of the current node's ancestors, nearest last.
  uint32_t depth = 0, stack_capacity = 64;
  int32_t *ancestors = malloc(stack_capacity * sizeof(int32_t));
  int32_t count = 0;
  for (;;) {
    int32_t parent = depth == 0 ? -1 : ancestors[depth - 1];
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (count < capacity) {
      judge_ts_node *out = &nodes[count];
      out->symbol = ts_node_symbol(node);
      out->field = ts_tree_cursor_current_field_id(&cursor);
      out->named = ts_node_is_named(node);
      out->extra = ts_node_is_extra(node);
      out->error = ts_node_is_error(node) || ts_node_is_missing(node);
      out->reserved = 0;
      out->parent = parent;
      out->child_count = ts_node_child_count(node);
      out->start_byte = ts_node_start_byte(node);
      out->end_byte = ts_node_end_byte(node);
      out->start_row = ts_node_start_point(node).row;
      out->end_row = ts_node_end_point(node).row;
    }
    int32_t self = count++;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (depth == stack_capacity) {
        stack_capacity *= 2;
        ancestors = realloc(ancestors, stack_capacity * sizeof(int32_t));
      }
      ancestors[depth++] = self;
      continue;
    }
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        break;
      }
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        free(ancestors);
        ts_tree_cursor_delete(&cursor);
        ts_tree_delete(tree);
        ts_parser_delete(parser);
        return count;
      }
      depth--;
    }
  }
}
