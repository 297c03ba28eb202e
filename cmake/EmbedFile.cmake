# parley_embed_file(INPUT OUTPUT NAMESPACE SYMBOL): writes OUTPUT, a C++ source defining
# `std::string_view NAMESPACE::SYMBOL()` that returns INPUT's bytes. Re-runs when INPUT changes.
function(parley_embed_file input output namespace symbol)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
  file(READ ${input} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(REGEX REPLACE "(('[^']*',){24})" "\\1\n    " bytes "${bytes}")
  file(WRITE ${output}.tmp "// Generated from ${input} by cmake/EmbedFile.cmake; do not edit.\n"
    "#include <string_view>\n\nnamespace ${namespace} {\nnamespace {\nconstexpr char ${symbol}_bytes[] = {\n    "
    "${bytes}'\\0'};\n}  // namespace\n\n"
    "std::string_view ${symbol}() { return {${symbol}_bytes, ${size}}; }\n\n}  // namespace ${namespace}\n")
  file(COPY_FILE ${output}.tmp ${output} ONLY_IF_DIFFERENT)
endfunction()
