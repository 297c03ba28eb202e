#pragma once
// Reading a news page: bytes → a Document of numbered, valid, NFC-normalized lines, each
// classified (page_cleaning.hpp). Plain text and HTML; never throws on any bytes, and says what
// it had to repair (Document::problems). docs/evidence.md, "Reading a page".

#include <optional>
#include <string>
#include <string_view>

#include "parley/evidence/document.hpp"

namespace parley::evidence {

// HTML when, after white space and a byte order mark, the bytes start with "<!doctype html" or
// "<html", or a <body>, <p> or <div> tag stands in their first 4 KiB (ASCII case ignored);
// otherwise plain text.
Format detect_format(std::string_view bytes);

// Reads `bytes` (the file's whole content) as `format`, detected when not given. `name` is how
// claims cite the document (Document::name). Plain text gives one line per line of the file (LF,
// CRLF or CR); HTML one line per text block, numbered by the source line where its text starts.
// Complexity: linear in the size of the bytes.
Document read_document(std::string name, std::string_view bytes,
                       std::optional<Format> format = std::nullopt);

}  // namespace parley::evidence
