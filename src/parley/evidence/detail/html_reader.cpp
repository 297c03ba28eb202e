#include "parley/evidence/detail/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <unordered_set>

#include "parley/evidence/dates.hpp"
#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence::detail {

namespace {

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// Elements whose content is never text of the page.
bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a ? a->value : nullptr;
}

bool is_hidden(const GumboElement& element) {
  if (attribute(element, "hidden")) return true;
  if (const char* aria = attribute(element, "aria-hidden");
      aria && std::strcmp(aria, "true") == 0) {
    return true;
  }
  if (const char* style = attribute(element, "style")) {
    std::string s;
    for (const char* p = style; *p; ++p) {
      if (*p != ' ') s.push_back(static_cast<char>(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
    }
    if (s.find("display:none") != std::string::npos) return true;
  }
  return false;
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The kind a class or id value names: a keyword counts where it starts a word of the value
// ("share-bar", "socialLinks", "main-nav"), not inside one ("canvas", "unavailable").
LineKind kind_named_by(std::string_view value) {
  struct Keyword {
    std::string_view word;
    LineKind kind;
  };
  static constexpr Keyword kKeywords[] = {
      {"comment", LineKind::comment},   {"discussion", LineKind::comment},
      {"disqus", LineKind::comment},    {"share", LineKind::chrome},
      {"social", LineKind::chrome},     {"subscribe", LineKind::chrome},
      {"login", LineKind::chrome},      {"related", LineKind::chrome},
      {"sidebar", LineKind::chrome},    {"footer", LineKind::chrome},
      {"nav", LineKind::chrome},        {"menu", LineKind::chrome},
      {"cookie", LineKind::chrome},     {"advert", LineKind::chrome},
      {"newsletter", LineKind::chrome}, {"breadcrumb", LineKind::chrome},
      {"promo", LineKind::chrome}};
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!is_ascii_letter(value[i])) continue;
    const bool word_start =
        i == 0 || !is_ascii_letter(value[i - 1]) ||
        (value[i - 1] >= 'a' && value[i - 1] <= 'z' && value[i] >= 'A' && value[i] <= 'Z');
    if (!word_start) continue;
    for (const Keyword& k : kKeywords) {
      if (value.size() - i < k.word.size()) continue;
      bool match = true;
      for (std::size_t j = 0; j < k.word.size() && match; ++j) {
        const char c = value[i + j];
        match = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == k.word[j];
      }
      // "commentary" is an opinion article, not reader comments.
      if (match && k.word == "comment" && value.substr(i + 7, 3) == "ary") match = false;
      if (match) return k.kind;
    }
  }
  return LineKind::article;
}

LineKind kind_by_role(const char* role) {
  if (!role) return LineKind::article;
  static constexpr const char* kChromeRoles[] = {
      "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"};
  for (const char* r : kChromeRoles) {
    if (std::strcmp(role, r) == 0) return LineKind::chrome;
  }
  return LineKind::article;
}

// The kind an element gives its lines by its tag, class, id or ARIA role.
LineKind container_kind(const GumboElement& element, bool inside_article) {
  switch (element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
      return LineKind::chrome;
    case GUMBO_TAG_HEADER:
      return inside_article ? LineKind::article : LineKind::chrome;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
      return LineKind::article;
    default:
      break;
  }
  if (const LineKind k = kind_by_role(attribute(element, "role")); k != LineKind::article) return k;
  for (const char* name : {"id", "class"}) {
    if (const char* value = attribute(element, name)) {
      if (const LineKind k = kind_named_by(value); k != LineKind::article) return k;
    }
  }
  return LineKind::article;
}

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// The elements that hold the page's main content (an <article>, <main> or <h1>) and their
// ancestors: a container holding them is never chrome, whatever its class says.
std::unordered_set<const GumboNode*> main_content_holders(const GumboNode* root) {
  std::unordered_set<const GumboNode*> holders;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (is_element(node)) {
      const GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_H1) {
        for (const GumboNode* n = node; n && holders.insert(n).second; n = n->parent) {
        }
      }
    }
    if (node->type == GUMBO_NODE_DOCUMENT || is_element(node)) {
      const GumboVector& children = children_of(node);
      for (unsigned i = 0; i < children.length; ++i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
  }
  return holders;
}

struct Context {
  LineKind kind = LineKind::article;
  bool link = false;
  bool heading = false;
  bool pre = false;
  bool inside_article = false;
};

// Gathers text into lines: white space collapsed, a line ended by each block boundary.
class LineBuilder {
 public:
  // `decoded` the node's text, `original` its source, starting on source line `line`.
  void add_text(std::string_view decoded, std::string_view original, int line, const Context& c) {
    if (c.pre) {
      add_preformatted(decoded, line, c);
      return;
    }
    // The source line of the first non-space character: entities never hold a line break.
    std::size_t lead = 0;
    while (lead < original.size() && is_html_space(original[lead])) {
      if (original[lead] == '\n') ++line;
      ++lead;
    }
    for (std::size_t i = 0; i < decoded.size();) {
      const DecodedChar d = decode_utf8(decoded, i);
      if (d.code == 0xA0 || (d.code < 0x80 && is_html_space(static_cast<char>(d.code)))) {
        pending_space_ = !text_.empty();
      } else {
        if (text_.empty()) start(line, c);
        if (pending_space_) {
          text_.push_back(' ');
          if (c.link) ++link_chars_;
          pending_space_ = false;
        }
        if (is_forbidden_control(d.code)) {
          append_utf8(text_, 0xFFFD);  // a character reference to a control ("&#3;")
        } else {
          text_.append(decoded.substr(i, static_cast<std::size_t>(d.length)));
        }
        if (c.link) ++link_chars_;
      }
      i += static_cast<std::size_t>(d.length);
    }
  }

  void add_space() { pending_space_ = !text_.empty(); }

  void end_line() {
    if (!text_.empty()) {
      lines_.push_back({number_, std::move(text_), kind_, {link_chars_, heading_, in_article_}});
    }
    text_.clear();
    pending_space_ = false;
    link_chars_ = 0;
  }

  std::vector<HtmlLine> take() {
    end_line();
    return std::move(lines_);
  }

 private:
  static bool is_html_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  void start(int line, const Context& c) {
    number_ = line;
    kind_ = c.kind;
    heading_ = c.heading;
    in_article_ = c.inside_article;
  }

  // <pre>: each source line its own line, spaces kept.
  void add_preformatted(std::string_view decoded, int line, const Context& c) {
    for (std::size_t i = 0; i < decoded.size();) {
      const DecodedChar d = decode_utf8(decoded, i);
      const std::string_view bytes = decoded.substr(i, static_cast<std::size_t>(d.length));
      i += static_cast<std::size_t>(d.length);
      if (d.code == '\n') {
        end_line();
        ++line;
        continue;
      }
      if (text_.empty()) {
        if (d.code == ' ' || d.code == '\t') continue;
        start(line, c);
      }
      if (is_forbidden_control(d.code)) {
        append_utf8(text_, 0xFFFD);  // a control from a character reference, or a lone CR
      } else {
        text_.append(bytes);
      }
      if (c.link) ++link_chars_;
    }
  }

  std::vector<HtmlLine> lines_;
  std::string text_;
  int number_ = 0;
  int link_chars_ = 0;
  bool heading_ = false;
  bool in_article_ = false;
  LineKind kind_ = LineKind::article;
  bool pending_space_ = false;
};

// Walks the tree in document order without recursion (a page may nest elements deeply).
class Walker {
 public:
  explicit Walker(const GumboNode* root) : holders_(main_content_holders(root)) {
    stack_.push_back({root, 0, Context{}, false});
  }

  std::vector<HtmlLine> run() {
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      const GumboVector& children = children_of(frame.node);
      if (frame.next_child == children.length) {
        if (frame.block) builder_.end_line();
        stack_.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
      const Context context = frame.context;  // `frame` dangles once a child is pushed
      visit(child, context);
    }
    return builder_.take();
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    Context context;
    bool block;
  };

  void visit(const GumboNode* node, const Context& context) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: {
        const GumboText& t = node->v.text;
        if (node->type == GUMBO_NODE_WHITESPACE && !context.pre) {
          builder_.add_space();
          return;
        }
        builder_.add_text(t.text, std::string_view(t.original_text.data, t.original_text.length),
                          static_cast<int>(t.start_pos.line), context);
        return;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        enter(node, context);
        return;
      default:
        return;
    }
  }

  void enter(const GumboNode* node, const Context& outer) {
    const GumboElement& element = node->v.element;
    const GumboTag tag = element.tag;
    if (node->type == GUMBO_NODE_TEMPLATE || is_dropped(tag) || is_hidden(element)) return;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
      builder_.end_line();
      return;
    }
    Context inner = outer;
    bool block = is_block(tag);
    if (tag == GUMBO_TAG_A) inner.link = true;
    if (is_heading(tag)) inner.heading = true;
    if (tag == GUMBO_TAG_PRE) inner.pre = true;
    if (outer.kind == LineKind::article && !holders_.contains(node)) {
      inner.kind = container_kind(element, outer.inside_article);
      block = block || inner.kind != LineKind::article;
    }
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) inner.inside_article = true;
    if (block) builder_.end_line();
    stack_.push_back({node, 0, inner, block});
  }

  std::unordered_set<const GumboNode*> holders_;
  std::vector<Frame> stack_;
  LineBuilder builder_;
};

// Nesting deeper than this is cut (real pages stay well under a hundred): gumbo's tree builder
// scans the stack of open elements at each tag, which makes deep nesting quadratic (300,000
// nested <div>s took minutes), and frees the tree recursively.
constexpr int kMaxDepth = 256;

bool is_name_char(char c) {
  return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Elements that never hold others, or whose end tags are implied by what follows: they add no
// depth to count.
bool adds_no_depth(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base",   "br",       "col",     "embed", "hr",     "img",   "input", "link",
      "meta", "param",  "source",   "track",   "wbr",   "keygen", "p",     "li",    "dt",
      "dd",   "option", "optgroup", "tr",      "td",    "th",     "tbody", "thead", "tfoot",
      "rt",   "rp",     "colgroup", "caption", "html",  "head",   "body"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// Elements whose content is text up to their end tag.
bool is_raw_text(std::string_view name) {
  static constexpr std::string_view kNames[] = {"script", "style",   "textarea", "title",   "xmp",
                                                "iframe", "noembed", "noframes", "noscript"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// The end of the tag that starts at `html[at]` ('<'): one past its '>', quoted attribute values
// skipped.
std::size_t tag_end(std::string_view html, std::size_t at) {
  for (std::size_t i = at + 1; i < html.size(); ++i) {
    if (html[i] == '"' || html[i] == '\'') {
      const std::size_t close = html.find(html[i], i + 1);
      if (close == std::string_view::npos) return html.size();
      i = close;
    } else if (html[i] == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// Where the end tag "</name" (ASCII case ignored) starts, from `from` on; the end when none.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (lower_ascii(html.substr(at + 2, name.size())) == name) return at;
  }
  return html.size();
}

// Blanks out (with spaces, line breaks kept) the start tags nested deeper than kMaxDepth, by a
// linear scan that counts start and end tags the way the tree builder nests them, roughly.
void limit_nesting(std::string& html) {
  int depth = 0;
  std::size_t i = html.find('<');
  while (i != std::string::npos && i + 1 < html.size()) {
    const char next = html[i + 1];
    std::size_t end = i + 1;
    if (next == '!' && html.compare(i, 4, "<!--") == 0) {
      const std::size_t close = html.find("-->", i + 4);
      end = close == std::string::npos ? html.size() : close + 3;
    } else if (next == '!' || next == '?') {
      end = tag_end(html, i);
    } else if (next == '/' && i + 2 < html.size() && is_ascii_letter(html[i + 2])) {
      std::size_t n = i + 2;
      while (n < html.size() && is_name_char(html[n])) ++n;
      if (!adds_no_depth(lower_ascii(std::string_view(html).substr(i + 2, n - i - 2)))) {
        depth = std::max(0, depth - 1);
      }
      end = tag_end(html, i);
    } else if (is_ascii_letter(next)) {
      std::size_t n = i + 1;
      while (n < html.size() && is_name_char(html[n])) ++n;
      const std::string name = lower_ascii(std::string_view(html).substr(i + 1, n - i - 1));
      end = tag_end(html, i);
      const bool self_closing = end >= 2 && html[end - 2] == '/';
      if (is_raw_text(name)) {
        end = find_end_tag(html, end, name);
      } else if (!self_closing && !adds_no_depth(name)) {
        if (depth >= kMaxDepth) {
          for (std::size_t k = i; k < end; ++k) {
            if (html[k] != '\n') html[k] = ' ';
          }
        } else {
          ++depth;
        }
      }
    }
    i = html.find('<', end);
  }
}

// The page's publication date from its metadata, ISO "YYYY-MM-DD", empty when it states none:
// <meta> publication properties (Open Graph's article:published_time, Dublin Core, parse.ly,
// sailthru and the like), an element with itemprop="datePublished", schema.org JSON-LD's
// "datePublished", then <time pubdate>. The first of these kinds that holds a date wins.
std::string published_in_metadata(const GumboNode* root) {
  static constexpr std::string_view kMetaNames[] = {"article:published_time",
                                                    "og:published_time",
                                                    "datepublished",
                                                    "pubdate",
                                                    "publishdate",
                                                    "publish-date",
                                                    "publish_date",
                                                    "date",
                                                    "dc.date",
                                                    "dc.date.issued",
                                                    "dcterms.created",
                                                    "dcterms.issued",
                                                    "sailthru.date",
                                                    "parsely-pub-date",
                                                    "article.published",
                                                    "cxenseparse:recs:publishtime"};
  std::string meta;
  std::string itemprop;
  std::string json_ld;
  std::string pubdate;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (is_element(node)) {
      const GumboElement& e = node->v.element;
      const char* prop = attribute(e, "itemprop");
      const bool date_published = prop && lower_ascii(prop) == "datepublished";
      if (e.tag == GUMBO_TAG_META && meta.empty()) {
        for (const char* key : {"property", "name", "itemprop"}) {
          const char* name = attribute(e, key);
          const char* content = attribute(e, "content");
          if (!name || !content) continue;
          const std::string lowered = lower_ascii(name);
          for (const std::string_view known : kMetaNames) {
            if (lowered == known) meta = find_date(content);
          }
        }
      }
      if (date_published && itemprop.empty()) {
        for (const char* key : {"content", "datetime"}) {
          if (const char* value = attribute(e, key); value && itemprop.empty()) {
            itemprop = find_date(value);
          }
        }
      }
      if (e.tag == GUMBO_TAG_TIME && pubdate.empty() && attribute(e, "pubdate")) {
        if (const char* value = attribute(e, "datetime")) pubdate = find_date(value);
      }
      if (e.tag == GUMBO_TAG_SCRIPT && json_ld.empty()) {
        const char* type = attribute(e, "type");
        if (type && lower_ascii(type) == "application/ld+json" && e.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(e.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA) {
            const std::string_view script = text->v.text.text;
            if (const std::size_t key = script.find("\"datePublished\"");
                key != std::string_view::npos) {
              const std::size_t open = script.find('"', script.find(':', key));
              const std::size_t close =
                  open == std::string_view::npos ? open : script.find('"', open + 1);
              if (close != std::string_view::npos) {
                json_ld = find_date(script.substr(open + 1, close - open - 1));
              }
            }
          }
        }
      }
    }
    if (node->type == GUMBO_NODE_DOCUMENT || is_element(node)) {
      const GumboVector& children = children_of(node);
      for (unsigned i = children.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
  }
  for (std::string* found : {&meta, &itemprop, &json_ld, &pubdate}) {
    if (!found->empty()) return std::move(*found);
  }
  return {};
}

}  // namespace

HtmlPage read_html_page(std::string html) {
  limit_nesting(html);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not the reader's concern: keep none
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlPage page;
  page.lines = Walker(output->document).run();
  page.published = published_in_metadata(output->document);
  gumbo_destroy_output(&options, output);
  return page;
}

}  // namespace parley::evidence::detail
