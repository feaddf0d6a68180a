import { defineMessages } from './index.js';

/**
 * YAML syntax mistakes as a clerk reads them: which line is wrong and the
 * usual fix. Shown after "Lỗi cú pháp YAML: " (diagnostic code yaml-syntax).
 */
export const yamlMessages = defineMessages(
  {
    tab: 'dòng {line} thụt đầu dòng bằng phím Tab, YAML chỉ cho phép dấu cách. Xóa Tab và thụt vào bằng dấu cách, thẳng cột với các mục cùng cấp.',
    colon:
      'giá trị của "{key}" là chữ có dấu hai chấm (:), nên bị hiểu nhầm thành một mục mới. Đặt cả đoạn chữ trong dấu nháy kép: {example}',
    'indent.deeper':
      'dòng {line} thụt vào {indent} dấu cách, sâu hơn dòng {above} ({aboveIndent} dấu cách), nhưng dòng {above} đã có giá trị nên không có mục con. Viết dòng {line} thẳng cột với dòng {above} ({aboveIndent} dấu cách).',
    'indent.misaligned':
      'dòng {line} thụt vào {indent} dấu cách, lệch với các mục cùng cấp (thụt vào {want} dấu cách, như dòng {sibling}). Các mục cùng cấp phải thẳng cột; mục con thụt vào sâu hơn mục cha.',
    quote: 'dòng {line} mở dấu nháy {quote} nhưng không đóng. Thêm {quote} vào cuối giá trị.',
    bracket:
      'dòng {line} mở dấu {open} nhưng không đóng, nên các dòng sau bị đọc vào trong đó. Thêm {close} vào cuối dòng; nếu {open} là một phần của chữ thì đặt cả giá trị trong dấu nháy kép.',
    generic: '{what}',
    'what.BAD_INDENT': 'thụt đầu dòng không đúng: các mục cùng cấp phải thẳng cột, mục con thụt vào sâu hơn mục cha.',
    'what.BLOCK_AS_IMPLICIT_KEY': 'tên mục phải nằm trọn trên một dòng và kết thúc bằng dấu hai chấm; chữ có dấu hai chấm thì đặt trong dấu nháy kép.',
    'what.MULTILINE_IMPLICIT_KEY': 'tên mục phải nằm trọn trên một dòng và kết thúc bằng dấu hai chấm; chữ có dấu hai chấm thì đặt trong dấu nháy kép.',
    'what.MISSING_CHAR': 'thiếu ký tự đóng: dấu nháy, dấu ] hoặc dấu }.',
    'what.UNEXPECTED_TOKEN': 'có ký tự không đúng chỗ; chữ có ký tự đặc biệt (: # [ ] { } ,) thì đặt trong dấu nháy kép.',
    'what.BAD_DQ_ESCAPE': 'trong dấu nháy kép, dấu \\ phải viết thành \\\\ (hoặc dùng dấu nháy đơn).',
    'what.MULTIPLE_DOCS': 'tệp chỉ được có một báo cáo: bỏ dòng --- ở giữa tệp.',
    'what.BAD_SCALAR_START': 'giá trị không được bắt đầu bằng ký tự này (@, `, %); đặt giá trị trong dấu nháy kép.',
    'what.BLOCK_IN_FLOW': 'trong dấu ngoặc [ ] hoặc { } các mục phải viết trên cùng dòng, cách nhau bằng dấu phẩy.',
    'what.KEY_OVER_1024_CHARS': 'tên mục quá dài; có lẽ thiếu dấu hai chấm hoặc dấu nháy ở dòng trên.',
    'what.TAB_AS_INDENT': 'thụt đầu dòng bằng phím Tab; YAML chỉ cho phép dấu cách.',
    'what.other': 'tệp không đúng cú pháp YAML ở dòng này.',
  },
  {
    tab: 'line {line} is indented with the Tab key; YAML allows only spaces. Remove the tab and indent with spaces, lined up with the entries at the same level.',
    colon: 'the value of "{key}" is text with a colon (:), which reads as a new entry. Put the whole text in double quotes: {example}',
    'indent.deeper':
      'line {line} is indented {indent} spaces, deeper than line {above} ({aboveIndent} spaces), but line {above} already has a value and cannot have entries under it. Indent line {line} as line {above} is ({aboveIndent} spaces).',
    'indent.misaligned':
      'line {line} is indented {indent} spaces, out of line with the entries at its level ({want} spaces, as on line {sibling}). Entries at the same level line up; entries under another are indented deeper.',
    quote: 'line {line} opens a {quote} quote that is never closed. Add {quote} at the end of the value.',
    bracket:
      'line {line} opens {open} and never closes it, so the lines after it are read into it. Add {close} at the end of the line; if {open} is part of the text, put the whole value in double quotes.',
    generic: '{what}',
    'what.BAD_INDENT': 'wrong indentation: entries at the same level line up, entries under another are indented deeper.',
    'what.BLOCK_AS_IMPLICIT_KEY': 'an entry name must fit on one line and end with a colon; text containing a colon goes in double quotes.',
    'what.MULTILINE_IMPLICIT_KEY': 'an entry name must fit on one line and end with a colon; text containing a colon goes in double quotes.',
    'what.MISSING_CHAR': 'a closing character is missing: a quote, ] or }.',
    'what.UNEXPECTED_TOKEN': 'a character out of place; text with special characters (: # [ ] { } ,) goes in double quotes.',
    'what.BAD_DQ_ESCAPE': 'inside double quotes, write \\ as \\\\ (or use single quotes).',
    'what.MULTIPLE_DOCS': 'a file holds one report: remove the --- line in the middle.',
    'what.BAD_SCALAR_START': 'a value cannot start with this character (@, `, %); put it in double quotes.',
    'what.BLOCK_IN_FLOW': 'inside [ ] or { } the entries go on one line, separated by commas.',
    'what.KEY_OVER_1024_CHARS': 'entry name too long; a colon or a quote is probably missing on the line above.',
    'what.TAB_AS_INDENT': 'indented with the Tab key; YAML allows only spaces.',
    'what.other': 'the file is not valid YAML on this line.',
  },
);
