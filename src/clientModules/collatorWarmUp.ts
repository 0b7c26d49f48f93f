// The page's first String#localeCompare loads the browser's collation data: 8-11 ms on this
// machine. Docusaurus's docs plugin makes that call while hydrating (to find the docs instance of
// the page), which put it inside one hydration slice. Here it runs in a task of its own, right
// after main, while the page's route chunks are still on their way.
if (typeof window !== 'undefined') setTimeout(() => ''.localeCompare(''), 0);

export {};
