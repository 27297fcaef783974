// The article's "Ask our FAQ assistant" button opens the widget through its API. The queue form
// works even if the visitor clicks before faq-chat.js has loaded.
document.getElementById('open-chat').onclick = () => {
  window.FaqChat = window.FaqChat || [];
  window.FaqChat.push(['open']);
};
