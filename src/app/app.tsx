export function App() {
  return (
    <main className="p-4">
      <h1 className="text-xl font-semibold">Token Explorer</h1>
    </main>
  );
}
