import { defineMessages } from './index.js';

/** Messages of the command line itself (options, usage errors). */
export const cliMessages = defineMessages(
  {
    'program.description':
      'Báo cáo cải cách hành chính (CCHC) định kỳ: kiểm tra báo cáo của các đơn vị và tổng hợp báo cáo chung.',
    'option.lang': 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    'option.version': 'in số phiên bản',
    'option.help': 'hiện hướng dẫn sử dụng',
    'option.repo': 'thư mục kho báo cáo (mặc định: thư mục hiện tại)',
    'help.command': 'hiện hướng dẫn cho một lệnh',
    'help.choices': 'chọn',
    'help.default': 'mặc định',
    'error.unknownOption': 'Tùy chọn không hợp lệ: {option}. Xem "cchc {command}--help".',
    'error.unknownCommand': 'Lệnh không tồn tại: {command}. Xem "cchc --help".',
    'error.missingArgument': 'Thiếu tham số: {argument}.',
    'error.optionMissingArgument': 'Tùy chọn {option} cần một giá trị.',
    'error.missingMandatoryOptionValue': 'Thiếu tùy chọn bắt buộc: {option}.',
    'error.invalidArgument': 'Giá trị không hợp lệ: {detail}',
    'error.excessArguments': 'Thừa tham số: {detail}.',
    'error.generic': 'Lỗi dòng lệnh: {detail}',
    'error.internal': 'Lỗi nội bộ của cchc: {detail}. Hãy báo lỗi này cho cán bộ CNTT.',
    'error.badLang': 'Ngôn ngữ không hỗ trợ: {lang} (dùng vi hoặc en).',
    'error.choice': 'Giá trị "{value}" của {option} không hợp lệ; chọn một trong: {choices}.',
  },
  {
    'program.description':
      'Periodic administrative-reform (CCHC) reporting: check units\' submissions and compile the consolidated report.',
    'option.lang': 'message language: vi (default) or en',
    'option.version': 'print the version number',
    'option.help': 'show usage help',
    'option.repo': 'report repository folder (default: the current folder)',
    'help.command': 'show help for a command',
    'help.choices': 'choices',
    'help.default': 'default',
    'error.unknownOption': 'Unknown option: {option}. See "cchc {command}--help".',
    'error.unknownCommand': 'Unknown command: {command}. See "cchc --help".',
    'error.missingArgument': 'Missing argument: {argument}.',
    'error.optionMissingArgument': 'Option {option} needs a value.',
    'error.missingMandatoryOptionValue': 'Missing required option: {option}.',
    'error.invalidArgument': 'Invalid value: {detail}',
    'error.excessArguments': 'Too many arguments: {detail}.',
    'error.generic': 'Command-line error: {detail}',
    'error.internal': 'Internal cchc error: {detail}. Please report it to your IT officer.',
    'error.badLang': 'Unsupported language: {lang} (use vi or en).',
    'error.choice': 'Value "{value}" of {option} is not valid; choose one of: {choices}.',
  },
);
