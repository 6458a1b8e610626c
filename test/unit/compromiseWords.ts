import fc from 'fast-check';

/** Words of news English, contractions and punctuation included, for random sentences fed to compromise. */
export const englishWords = fc.constantFrom('the', 'a', 'said', 'says', 'will', 'would', 'be', 'been', 'not', 'Putin', 'Iran', 'Mr.', 'Dr.',
  'President', 'minister', 'told', 'reporters', 'on', 'Monday', 'in', '2018', '$5', 'million', 'that', 'he', 'she', 'it', "it's",
  "don't", 'can', 'may', 'march', 'May', 'walking', 'walked', 'quickly', 'very', 'good', 'better', 'of', 'to', 'and', 'but',
  'police', 'officials', 'United', 'States', 'New', 'York', 'Times', 'according', 'spokesman', 'Ali', 'Shamkhani', ',', '.',
  '?', '!', '"', '“', '”', '-', 'well-known', 'U.S.', 'no', 'never', 'is', 'was', 'are', 'were', 'has', 'had', 'do', 'did',
  "we've", "I'm", "they're", "can't", "won't", "he'd", "she'll", 'gonna', 'I', 'we', 'they', 'us', 'them',
  'up', 'out', 'over', 'about', 'more', 'than', 'so', 'if', 'when', 'who', 'which', 'what', 'there', 'here', 'this', 'those');
