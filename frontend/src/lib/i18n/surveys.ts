import { useI18n } from './i18n';

// The awareness surveys' words (target 3): used only by their lazily loaded pages, so they travel
// with those pages rather than with the first load. Vietnamese is the source; the English
// dictionary must have its shape.
export const surveysVi = {
  title: 'Khảo sát nhận thức',
  subtitle: 'Các đợt khảo sát nhận thức về bình đẳng giới của các nhóm đối tượng (mục tiêu 3)',
  detailSubtitle: 'Đợt khảo sát nhận thức · Mục tiêu 3',
  create: 'Tạo đợt khảo sát',
  createTitle: 'Tạo đợt khảo sát',
  editTitle: 'Sửa đợt khảo sát',
  created: 'Đã tạo đợt khảo sát.',
  updated: 'Đã lưu đợt khảo sát.',
  notFound: 'Không tìm thấy đợt khảo sát.',

  // List
  filters: 'Lọc đợt khảo sát',
  year: 'Năm',
  allYears: 'Tất cả các năm',
  commune: 'Xã',
  clearFilters: 'Xóa bộ lọc',
  empty: 'Không có đợt khảo sát nào.',
  emptyHint: (baselineYear: number | undefined) =>
    `Bắt đầu bằng đợt khảo sát nền${baselineYear === undefined ? '' : ` năm ${baselineYear}`}, rồi các đợt hằng năm, giữa kỳ hoặc cuối kỳ.`,
  tableLabel: 'Các đợt khảo sát',
  conductedOn: 'Ngày khảo sát',
  name: 'Tên đợt khảo sát',
  kind: 'Loại',
  kinds: { baseline: 'Khảo sát nền', followUp: 'Khảo sát theo dõi' },
  kindsShort: { baseline: 'Nền', followUp: 'Theo dõi' },
  method: 'Phương pháp',
  groups: 'Nhóm đối tượng',
  measure: 'Cách đo',
  respondents: 'Số người trả lời',
  overall: 'Kết quả chung',
  noResults: 'Chưa có kết quả',
  overallShare: (share: string) => `${share} đạt`,
  overallMean: (mean: string, scale: string | null) => (scale ? `${mean}/${scale} điểm` : `${mean} điểm`),

  // How a round measures awareness
  measures: { THRESHOLD: 'Theo ngưỡng điểm', MEAN_SCORE: 'Theo điểm trung bình' },
  measureHelp: {
    THRESHOLD: 'Đếm số người có điểm đạt ngưỡng; tỷ lệ đạt = số người đạt / số người trả lời',
    MEAN_SCORE: 'Điểm trung bình của người trả lời trên thang điểm của đợt',
  },
  thresholdSummary: (threshold: string, scale: string | null) =>
    `Đạt khi điểm từ ${threshold} trở lên${scale ? ` (thang 0–${scale})` : ''}`,
  meanSummary: (scale: string | null) => (scale ? `Điểm trung bình trên thang 0–${scale}` : 'Điểm trung bình'),

  // Form
  communeField: 'Xã',
  nameField: 'Tên đợt khảo sát',
  namePlaceholder: (year: number) => `VD: Khảo sát nhận thức về bình đẳng giới năm ${year}`,
  conductedOnField: 'Ngày khảo sát',
  conductedOnHelp: 'Năm của đợt khảo sát là năm của ngày này',
  methodField: 'Phương pháp khảo sát',
  methodPlaceholder: 'VD: Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp bằng KoboToolbox',
  baselineField: (baselineYear: number | undefined) => (baselineYear === undefined ? 'Đợt khảo sát nền' : `Đợt khảo sát nền (năm ${baselineYear})`),
  baselineHelp: 'Mỗi xã chỉ có một đợt khảo sát nền; mục tiêu 3 so sánh các đợt sau với đợt này.',
  measureField: 'Cách đo nhận thức',
  thresholdField: 'Ngưỡng điểm đạt',
  thresholdHelp: 'Người trả lời có điểm từ ngưỡng này trở lên được tính là có nhận thức',
  scaleMaxField: 'Điểm tối đa của thang',
  scaleMaxHelpThreshold: 'Không bắt buộc; khi nhập tệp, điểm ngoài thang bị loại',
  scaleMaxHelpMean: 'VD: 10 cho thang điểm 0–10',
  resultsTitle: 'Kết quả theo nhóm đối tượng và giới tính',
  resultsHelpCreate:
    'Nhập tay số liệu tổng hợp, hoặc để trống rồi nhập tệp trả lời (CSV) ở trang của đợt khảo sát sau khi lưu. Để trống cả dòng của một giới nếu nhóm không có người trả lời thuộc giới đó.',
  resultsHelpEdit:
    'Lưu sẽ thay toàn bộ kết quả của đợt bằng bảng này. Để trống cả dòng của một giới nếu nhóm không có người trả lời thuộc giới đó.',
  resultsGrid: 'Bảng nhập kết quả theo nhóm đối tượng và giới tính',
  group: 'Nhóm đối tượng',
  sex: 'Giới tính',
  sexes: { M: 'Nam', F: 'Nữ' },
  aware: 'Số người đạt ngưỡng',
  meanScore: 'Điểm trung bình',
  share: 'Tỷ lệ đạt',
  addGroup: 'Thêm nhóm đối tượng',
  removeGroup: (group: string) => `Xóa nhóm: ${group}`,
  groupN: (n: number) => `Nhóm thứ ${n}`,
  cell: (group: string, sex: string, column: string) => `${group} – ${sex}: ${column}`,
  noGroups: 'Chưa có nhóm nào. Thêm nhóm để nhập kết quả bằng tay.',
  staleTitle: 'Đợt khảo sát vừa được người khác sửa',
  staleText: 'Thay đổi của bạn chưa được lưu. Tải lại bản mới nhất rồi sửa lại.',
  rules: {
    count: 'Nhập số nguyên từ 0 đến 100.000',
    score: 'Nhập số không âm, tối đa 2 chữ số thập phân',
    positive: 'Nhập số lớn hơn 0, tối đa 2 chữ số thập phân',
    awareAboveRespondents: (n: string) => `Không được lớn hơn số người trả lời (${n})`,
    meanAboveScale: (max: string) => `Điểm trung bình phải trong khoảng 0–${max}`,
    thresholdAboveScale: (max: string) => `Ngưỡng không được lớn hơn điểm tối đa của thang (${max})`,
    duplicateGroup: 'Nhóm này đã có ở một dòng khác',
    groupRequired: 'Chọn nhóm đối tượng',
    groupNeedsNumbers: 'Nhập số liệu cho ít nhất một giới, hoặc xóa nhóm này',
    dateInFuture: 'Ngày khảo sát không được sau hôm nay',
  },

  // Details
  detailsLabel: 'Thông tin đợt khảo sát',
  yearField: 'Năm',
  bothSexes: 'Chung',
  total: 'Tổng cộng',
  resultsTableLabel: 'Kết quả theo nhóm đối tượng và giới tính',
  formulaThreshold:
    'Tỷ lệ đạt = số người đạt ngưỡng / số người trả lời. Cột “Chung” và dòng “Tổng cộng” cộng số người của các ô rồi mới chia.',
  formulaMean: 'Điểm trung bình của cột “Chung” và dòng “Tổng cộng” là trung bình của các ô, tính theo số người trả lời.',
  noResultsYet: 'Đợt khảo sát chưa có kết quả.',
  noResultsWriter: 'Nhập tay ở trang sửa, hoặc nhập tệp trả lời ở dưới.',
  withdrawWhat: (name: string) => `đợt khảo sát "${name}" (cùng mọi kết quả)`,

  // Import of the response file
  importTitle: 'Nhập tệp trả lời (CSV của KoboToolbox hoặc ODK)',
  importIntro:
    'Tệp trả lời ẩn danh, mỗi dòng một người trả lời. Ứng dụng tổng hợp theo nhóm đối tượng và giới tính rồi thay toàn bộ kết quả của đợt; không lưu dòng trả lời nào.',
  fileNeeds: 'Tệp cần có',
  fileFormat:
    'Tệp CSV lưu bằng bảng mã UTF-8 (có hoặc không có BOM), phân cách bằng dấu phẩy hoặc dấu chấm phẩy; dòng đầu tiên là tên cột.',
  groupColumn:
    'Cột group (hoặc nhom, nhom_doi_tuong, “nhóm đối tượng”): mã nhóm như YOUTH hoặc tên nhóm trong danh mục của xã, như “Thanh niên”.',
  sexColumn: 'Cột sex (hoặc gender, gioi_tinh, “giới tính”): M/F, Nam/Nữ, male/female, hoặc 1 (nam) / 2 (nữ).',
  scoreColumn:
    'Cột score (hoặc diem, “điểm”): điểm của người trả lời. Nếu tệp không có cột này, các cột có tên bắt đầu bằng chữ q (q1, q2, …) là câu trả lời 0 (sai) hoặc 1 (đúng), và điểm là tổng số câu đúng.',
  columnNames:
    'Tên cột không phân biệt chữ hoa, chữ thường; phần trước dấu “/” (nhóm câu hỏi của Kobo, như section/q1) được bỏ qua. Các cột khác (start, end, …) không được dùng.',
  thresholdRule: (threshold: string, scale: string | null) =>
    `Người có điểm từ ${threshold} trở lên được tính là đạt.${scale ? ` Điểm ngoài thang 0–${scale} bị loại.` : ''}`,
  meanRule: (scale: string | null) =>
    `Mỗi ô kết quả là điểm trung bình của nhóm và giới tính.${scale ? ` Điểm ngoài thang 0–${scale} bị loại.` : ''}`,
  rowsLeftOut: 'Dòng thiếu hoặc sai nhóm, giới tính hay điểm không được tính, và được liệt kê kèm lý do sau khi nhập.',
  knownGroups: 'Nhóm đối tượng của xã (mã — tên)',
  example: 'Ví dụ',
  fileField: 'Tệp trả lời (.csv)',
  filePlaceholder: 'Chọn tệp…',
  replaceWarning: 'Kết quả hiện có của đợt sẽ được thay bằng số liệu tổng hợp từ tệp.',
  importButton: 'Nhập tệp',
  fileType: 'Chỉ nhận tệp .csv',
  fileEmpty: 'Tệp không có nội dung',
  fileTooLarge: 'Tệp lớn hơn 12 MB',
  importFailed: 'Không nhập được tệp',
  importDone: (file: string) => `Đã nhập tệp “${file}”`,
  importCounts: (read: string, counted: string, rejected: string) =>
    `Đọc ${read} dòng trả lời: tính ${counted} dòng, bỏ qua ${rejected} dòng.`,
  rejectedTitle: 'Các dòng không được tính',
  rejectedRow: 'Dòng',
  rejectedReason: 'Lý do',
  rejectedNote: 'Dòng tiêu đề là dòng 1, như khi mở tệp bằng Excel.',
};

export const surveysEn: typeof surveysVi = {
  title: 'Awareness surveys',
  subtitle: "Rounds of surveys of community groups' awareness of gender equality (target 3)",
  detailSubtitle: 'Awareness survey round · Target 3',
  create: 'New survey round',
  createTitle: 'New survey round',
  editTitle: 'Edit survey round',
  created: 'Survey round created.',
  updated: 'Survey round saved.',
  notFound: 'Survey round not found.',

  filters: 'Filter survey rounds',
  year: 'Year',
  allYears: 'All years',
  commune: 'Commune',
  clearFilters: 'Clear filters',
  empty: 'No survey rounds.',
  emptyHint: (baselineYear: number | undefined) =>
    `Start with the ${baselineYear === undefined ? '' : `${baselineYear} `}baseline, then the yearly, mid-term or endline rounds.`,
  tableLabel: 'Survey rounds',
  conductedOn: 'Survey date',
  name: 'Survey round',
  kind: 'Kind',
  kinds: { baseline: 'Baseline', followUp: 'Follow-up' },
  kindsShort: { baseline: 'Baseline', followUp: 'Follow-up' },
  method: 'Method',
  groups: 'Community groups',
  measure: 'Measure',
  respondents: 'Respondents',
  overall: 'Overall',
  noResults: 'No results yet',
  overallShare: (share: string) => `${share} aware`,
  overallMean: (mean: string, scale: string | null) => (scale ? `${mean}/${scale} points` : `${mean} points`),

  measures: { THRESHOLD: 'Threshold score', MEAN_SCORE: 'Mean score' },
  measureHelp: {
    THRESHOLD: 'Counts the respondents reaching the threshold; share aware = aware / respondents',
    MEAN_SCORE: "The respondents' mean score on the round's scale",
  },
  thresholdSummary: (threshold: string, scale: string | null) =>
    `Aware at a score of ${threshold} or more${scale ? ` (scale 0–${scale})` : ''}`,
  meanSummary: (scale: string | null) => (scale ? `Mean score on a 0–${scale} scale` : 'Mean score'),

  communeField: 'Commune',
  nameField: 'Name of the round',
  namePlaceholder: (year: number) => `E.g. Gender-equality awareness survey ${year}`,
  conductedOnField: 'Survey date',
  conductedOnHelp: "The round's year is this date's year",
  methodField: 'Survey method',
  methodPlaceholder: 'E.g. 10 true/false questions, face-to-face interviews with KoboToolbox',
  baselineField: (baselineYear: number | undefined) => (baselineYear === undefined ? 'Baseline round' : `Baseline round (${baselineYear})`),
  baselineHelp: 'A commune has one baseline; target 3 compares later rounds with it.',
  measureField: 'How awareness is measured',
  thresholdField: 'Threshold score',
  thresholdHelp: 'Respondents scoring this or more count as aware',
  scaleMaxField: 'Top of the scale',
  scaleMaxHelpThreshold: 'Optional; an import leaves out scores outside the scale',
  scaleMaxHelpMean: 'E.g. 10 for a 0–10 scale',
  resultsTitle: 'Results by community group and sex',
  resultsHelpCreate:
    "Enter the aggregated figures by hand, or leave them empty and import the response file (CSV) on the round's page once saved. Leave a sex's line empty when the group had no respondents of that sex.",
  resultsHelpEdit:
    "Saving replaces all of the round's results with this table. Leave a sex's line empty when the group had no respondents of that sex.",
  resultsGrid: 'Results by community group and sex, entered by hand',
  group: 'Community group',
  sex: 'Sex',
  sexes: { M: 'Male', F: 'Female' },
  aware: 'Aware (reaching the threshold)',
  meanScore: 'Mean score',
  share: 'Share aware',
  addGroup: 'Add a community group',
  removeGroup: (group: string) => `Remove group: ${group}`,
  groupN: (n: number) => `Group ${n}`,
  cell: (group: string, sex: string, column: string) => `${group} – ${sex}: ${column}`,
  noGroups: 'No groups yet. Add one to enter results by hand.',
  staleTitle: 'Someone else has just changed this survey round',
  staleText: 'Your changes were not saved. Reload the latest version and make them again.',
  rules: {
    count: 'Enter a whole number from 0 to 100,000',
    score: 'Enter a number of 0 or more, with at most 2 decimals',
    positive: 'Enter a number above 0, with at most 2 decimals',
    awareAboveRespondents: (n: string) => `Cannot exceed the respondents (${n})`,
    meanAboveScale: (max: string) => `The mean score is between 0 and ${max}`,
    thresholdAboveScale: (max: string) => `The threshold cannot exceed the top of the scale (${max})`,
    duplicateGroup: 'This group is already on another line',
    groupRequired: 'Choose a community group',
    groupNeedsNumbers: 'Enter figures for at least one sex, or remove this group',
    dateInFuture: 'The survey date cannot be after today',
  },

  detailsLabel: 'About the survey round',
  yearField: 'Year',
  bothSexes: 'Both',
  total: 'Total',
  resultsTableLabel: 'Results by community group and sex',
  formulaThreshold:
    'Share aware = aware / respondents. The "Both" column and the "Total" row add up the people of the cells before dividing.',
  formulaMean: 'The mean of the "Both" column and the "Total" row is the mean of the cells weighted by their respondents.',
  noResultsYet: 'This survey round has no results yet.',
  noResultsWriter: 'Enter them by hand on the edit page, or import the response file below.',
  withdrawWhat: (name: string) => `the survey round "${name}" (with all its results)`,

  importTitle: 'Import the response file (CSV from KoboToolbox or ODK)',
  importIntro:
    "An anonymous response file, one row per respondent. The app aggregates it by community group and sex and replaces all of the round's results; no respondent's row is kept.",
  fileNeeds: 'The file needs',
  fileFormat: 'A CSV file saved as UTF-8 (with or without BOM), separated by commas or semicolons; the first row names the columns.',
  groupColumn:
    'A group column (or nhom, nhom_doi_tuong, "nhóm đối tượng"): a group code such as YOUTH or the group\'s name in the commune\'s list, such as "Thanh niên".',
  sexColumn: 'A sex column (or gender, gioi_tinh, "giới tính"): M/F, Nam/Nữ, male/female, or 1 (male) / 2 (female).',
  scoreColumn:
    "A score column (or diem, \"điểm\"): the respondent's score. Without one, the columns whose names start with q (q1, q2, …) are answers 0 (wrong) or 1 (right), and the score is the number right.",
  columnNames:
    'Column names ignore case; what comes before a "/" (a Kobo question group, as in section/q1) is ignored. Other columns (start, end, …) are not used.',
  thresholdRule: (threshold: string, scale: string | null) =>
    `Respondents scoring ${threshold} or more count as aware.${scale ? ` Scores outside 0–${scale} are left out.` : ''}`,
  meanRule: (scale: string | null) =>
    `Each result is the mean score of its group and sex.${scale ? ` Scores outside 0–${scale} are left out.` : ''}`,
  rowsLeftOut: 'Rows with a missing or unknown group, sex or score are not counted; the import lists them with the reason.',
  knownGroups: "The commune's community groups (code — name)",
  example: 'Example',
  fileField: 'Response file (.csv)',
  filePlaceholder: 'Choose a file…',
  replaceWarning: "The round's current results will be replaced by the figures aggregated from the file.",
  importButton: 'Import the file',
  fileType: 'Only .csv files',
  fileEmpty: 'The file is empty',
  fileTooLarge: 'The file is larger than 12 MB',
  importFailed: 'The file could not be imported',
  importDone: (file: string) => `Imported "${file}"`,
  importCounts: (read: string, counted: string, rejected: string) =>
    `${read} response rows read: ${counted} counted, ${rejected} left out.`,
  rejectedTitle: 'Rows left out',
  rejectedRow: 'Row',
  rejectedReason: 'Reason',
  rejectedNote: 'The header is row 1, as when the file is opened in a spreadsheet.',
};

export type SurveysDictionary = typeof surveysVi;

/** The awareness surveys' words in the current language. */
export function useSurveysText(): SurveysDictionary {
  return useI18n().language === 'en' ? surveysEn : surveysVi;
}
