/** An action is overdue while it is still to be done and its due date has passed. */
export function isOverdue(status: string, dueDate: string, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && dueDate < today;
}
