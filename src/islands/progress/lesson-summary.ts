/** What the progress page needs to know about a lesson, passed in from the page's content collection. */
export interface LessonSummary {
  /** Lesson id, as used for completion: "foundations/what-is-a-role". */
  id: string;
  title: string;
  /** Title of the lesson's module. */
  module: string;
  href: string;
}
